package vn.pccovid.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.pccovid.PcCovidApplication;
import vn.pccovid.support.Http;

/** With PCCOVID_DB_URL set the platform uses that server and starts none of its own; restarts keep the data. */
class ExternalDatabaseTest {

	@TempDir
	Path dataDir;

	@Test
	void runsOnAnExternalPostgresGivenByUrl() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = start("--pccovid.db.url=" + url, "--pccovid.db.user=postgres")) {
				int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
				assertThat(new Http(port).get("/api/v1/areas/provinces").json()).hasSize(63);
			}
			assertThat(dataDir.resolve("postgres")).as("no embedded server was started").doesNotExist();
			try (var connection = external.getPostgresDatabase().getConnection();
					var rs = connection.createStatement().executeQuery("SELECT count(*) FROM geo.area")) {
				rs.next();
				assertThat(rs.getLong(1)).isEqualTo(63 + 705 + 10_599);
			}
		}
	}

	@Test
	void aSecondStartOnTheSameDataDirFindsTheFirstStartsData() {
		try (ConfigurableApplicationContext app = start()) {
			app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
					.sql("INSERT INTO geo.area (code, level, name, type, parent_code, path, search_key) "
							+ "VALUES ('99', 'PROVINCE', 'Tỉnh Thử', 'Tỉnh', NULL, '99', 'tinh thu')").update();
		}
		try (ConfigurableApplicationContext app = start()) {
			int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
			assertThat(new Http(port).get("/api/v1/areas/99").json().get("name").asString()).isEqualTo("Tỉnh Thử");
		}
	}

	private ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 4];
		all[0] = "--server.port=0";
		all[1] = "--pccovid.data-dir=" + dataDir;
		all[2] = "--pccovid.db.wipe-on-start=false";
		all[3] = "--spring.jmx.enabled=false";
		System.arraycopy(args, 0, all, 4, args.length);
		return new SpringApplicationBuilder(PcCovidApplication.class).run(all);
	}
}
