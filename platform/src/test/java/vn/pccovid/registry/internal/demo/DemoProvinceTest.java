package vn.pccovid.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.PcCovidApplication;
import vn.pccovid.support.Http;

/**
 * The demo switch fills an empty platform with a province of 100,000 people in test-friendly time, with its
 * indexes and keys rebuilt and demo accounts that sign in; a restart on the same data loads nothing again; a start
 * without demo mode disables the demo accounts, and the demo then refuses the database.
 */
class DemoProvinceTest {

	@TempDir
	Path dataDir;

	@Test
	void loadsAProvinceOfOneHundredThousandOnceAndOpensDemoAccounts() {
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = start()) {
			double seconds = (System.nanoTime() - started) / 1e9;
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(count(jdbc, "SELECT count(*) FROM registry.citizen")).isEqualTo(100_000);
			assertThat(count(jdbc, "SELECT count(DISTINCT cccd) FROM registry.citizen")).isEqualTo(100_000);
			assertThat(count(jdbc, "SELECT count(*) FROM registry.citizen WHERE area_path NOT LIKE '01.%'")).isZero();
			assertThat(jdbc.sql("SELECT max(n) FROM (SELECT count(*) n FROM registry.citizen GROUP BY household_id) h")
					.query(Long.class).single()).isBetween(1L, 7L);
			List<String> indexes = jdbc.sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'registry' AND tablename = 'citizen'")
					.query(String.class).list();
			assertThat(indexes).contains("citizen_pkey", "citizen_by_cccd", "citizen_name_trgm", "citizen_by_area_name");
			System.out.printf("Demo province of 100,000 started and loaded in %.1f s%n", seconds);

			Http http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
			String token = http.post("/api/v1/auth/token", "{\"username\":\"demo-registry-officer\",\"password\":\"demo-password-2021\"}")
					.json().get("accessToken").asString();
			var found = http.get("/api/v1/registry/citizens?q=nguyen&limit=5", "Authorization", "Bearer " + token).json();
			assertThat(found.get("items")).hasSize(5);
		}
		try (ConfigurableApplicationContext again = start()) {
			JdbcClient jdbc = again.getBean(JdbcClient.class);
			assertThat(count(jdbc, "SELECT count(*) FROM registry.citizen")).isEqualTo(100_000);
			assertThat(count(jdbc, "SELECT citizens FROM registry.demo_install")).isEqualTo(100_000);
			assertThat(jdbc.sql("SELECT array_length(accounts, 1) FROM registry.demo_install").query(Integer.class).single())
					.isEqualTo(vn.pccovid.access.Role.values().length);
		}
		try (ConfigurableApplicationContext normal = start(false)) {
			Http http = new Http(normal.getEnvironment().getProperty("local.server.port", Integer.class));
			assertThat(http.post("/api/v1/auth/token", "{\"username\":\"demo-registry-officer\",\"password\":\"demo-password-2021\"}")
					.status()).as("demo accounts are unusable outside demo mode").isNotEqualTo(200);
		}
		assertThatThrownBy(this::start).as("a database that left demo mode is no demo any more")
				.hasStackTraceContaining("Demo mode refused");
	}

	private ConfigurableApplicationContext start() {
		return start(true);
	}

	private ConfigurableApplicationContext start(boolean demo) {
		return new SpringApplicationBuilder(PcCovidApplication.class).run("--server.port=0", "--pccovid.data-dir=" + dataDir,
				"--pccovid.db.wipe-on-start=false", "--spring.jmx.enabled=false", "--pccovid.demo.province=" + (demo ? "01" : ""),
				"--pccovid.demo.citizens=100000");
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
