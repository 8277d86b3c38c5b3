package vn.pccovid.movement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.PcCovidApplication;
import vn.pccovid.support.Http;

/**
 * The demo switch gives the movement module permits (pending, approved with a verifiable QR, rejected), checkpoints,
 * passages and shippers with declarations, and the demo ward police see their ward's permits; a restart adds nothing.
 */
class MovementDemoTest {

	@TempDir
	Path dataDir;

	@Test
	void theDemoSwitchGeneratesPermitsCheckpointsPassagesAndShippers() {
		long permits;
		try (ConfigurableApplicationContext app = start()) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			permits = count(jdbc, "SELECT count(*) FROM movement.permit");
			assertThat(permits).isPositive();
			assertThat(count(jdbc, "SELECT count(DISTINCT status) FROM movement.permit")).isEqualTo(3);
			assertThat(count(jdbc, "SELECT count(*) FROM movement.permit WHERE status = 'APPROVED' AND qr IS NULL")).isZero();
			assertThat(count(jdbc, "SELECT count(*) FROM movement.checkpoint")).isEqualTo(3);
			assertThat(count(jdbc, "SELECT count(*) FROM movement.passage")).isEqualTo(60);
			assertThat(count(jdbc, "SELECT count(*) FROM movement.shipper_declaration")).isPositive();

			Http http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
			String token = http.post("/api/v1/auth/token", "{\"username\":\"demo-ward-police\",\"password\":\"demo-password-2021\"}")
					.json().get("accessToken").asString();
			var pending = http.get("/api/v1/movement/permits?status=PENDING", "Authorization", "Bearer " + token).json();
			assertThat(pending.get("items")).isNotEmpty();
			var board = http.get("/api/v1/movement/board", "Authorization", "Bearer " + token).json();
			assertThat(board.get("pending").asInt()).isPositive();
		}
		try (ConfigurableApplicationContext again = start()) {
			assertThat(count(again.getBean(JdbcClient.class), "SELECT count(*) FROM movement.permit")).isEqualTo(permits);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PcCovidApplication.class).run("--server.port=0", "--pccovid.data-dir=" + dataDir,
				"--pccovid.db.wipe-on-start=false", "--spring.jmx.enabled=false", "--pccovid.demo.province=01",
				"--pccovid.demo.citizens=20000");
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
