package vn.pccovid.core.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The platform's one connection pool, to the embedded server unless an external URL is configured; requests' SQL
 * runs with a statement timeout ({@link StatementTimeouts}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	PlatformDataSource dataSource(DatabaseSettings settings, @Value("${pccovid.data-dir:./data}") Path dataDir) {
		if (settings.external()) {
			return new PlatformDataSource(pool(settings.url(), settings.user(), settings.password(), settings), null,
					new StatementTimeouts(settings.statementTimeout()));
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dataDir.resolve("postgres"),
				settings.embeddedPort(), settings.wipeOnStart());
		return new PlatformDataSource(pool(server.jdbcUrl(), server.user(), server.password(), settings), server,
				new StatementTimeouts(settings.statementTimeout()));
	}

	private static HikariDataSource pool(String url, String user, String password, DatabaseSettings settings) {
		HikariDataSource pool = DataSourceBuilder.create().type(HikariDataSource.class)
				.url(url).username(user).password(password).build();
		pool.setMaximumPoolSize(settings.poolSize());
		pool.setPoolName("pccovid");
		// A request waits seconds, not Hikari's default 30 s, for a connection before it is answered 503.
		pool.setConnectionTimeout(Math.max(250, settings.connectionTimeout().toMillis()));
		return pool;
	}

	/** The pool, and the embedded server behind it when there is one, closed together. */
	static final class PlatformDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource
			implements AutoCloseable {

		private final EmbeddedPostgresServer server;
		private final StatementTimeouts timeouts;

		PlatformDataSource(DataSource pool, EmbeddedPostgresServer server, StatementTimeouts timeouts) {
			super(pool);
			this.server = server;
			this.timeouts = timeouts;
		}

		@Override
		public java.sql.Connection getConnection() throws java.sql.SQLException {
			return timeouts.apply(super.getConnection());
		}

		@Override
		public java.sql.Connection getConnection(String username, String password) throws java.sql.SQLException {
			return timeouts.apply(super.getConnection(username, password));
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
