package vn.pccovid.core.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/** The platform's one connection pool, to the embedded server unless an external URL is configured. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	PlatformDataSource dataSource(DatabaseSettings settings, @Value("${pccovid.data-dir:./data}") Path dataDir) {
		if (settings.external()) {
			return new PlatformDataSource(pool(settings.url(), settings.user(), settings.password(), settings), null);
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dataDir.resolve("postgres"),
				settings.embeddedPort(), settings.wipeOnStart());
		return new PlatformDataSource(pool(server.jdbcUrl(), server.user(), server.password(), settings), server);
	}

	private static HikariDataSource pool(String url, String user, String password, DatabaseSettings settings) {
		HikariDataSource pool = DataSourceBuilder.create().type(HikariDataSource.class)
				.url(url).username(user).password(password).build();
		pool.setMaximumPoolSize(settings.poolSize());
		pool.setPoolName("pccovid");
		// A slow or stuck database answers 503 within seconds instead of holding request threads (and the 30 s
		// default wait for a connection); migrations lift the statement limit for themselves (ModuleMigrations).
		pool.setConnectionTimeout(Math.max(250, settings.connectionTimeout().toMillis()));
		pool.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
		return pool;
	}

	/** The pool, and the embedded server behind it when there is one, closed together. */
	static final class PlatformDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource
			implements AutoCloseable {

		private final EmbeddedPostgresServer server;

		PlatformDataSource(DataSource pool, EmbeddedPostgresServer server) {
			super(pool);
			this.server = server;
		}

		@Override
		public void close() {
			((HikariDataSource) getTargetDataSource()).close();
			if (server != null) {
				server.release();
			}
		}
	}
}
