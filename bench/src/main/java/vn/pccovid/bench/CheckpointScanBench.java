package vn.pccovid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.registry.internal.demo.PopulationLoader;

/**
 * A checkpoint's scan decision over HTTP ({@code POST /api/v1/movement/checkpoints/{id}/scans}: personal-QR
 * verification, the person's permits, the province's rule set, a durable passage row, audit, relay) against the same
 * server's cheapest request ({@code GET /api/v1/areas/{code}}), both under {@code wrk -t2 -c16} in the same run.
 * Goal: ≥ 0.3× the areas endpoint, p99 ≤ 50 ms. 2,000 different people's app QRs, a quarter of them with a permit.
 */
final class CheckpointScanBench implements BenchCase {

	/** As many connections as the platform's pool (16): more only queue for a connection and time out on a loaded machine. */
	static final Wrk WRK = new Wrk(2, 16);
	static final Duration WARMUP = Duration.ofSeconds(20);
	static final Duration ROUND = Duration.ofSeconds(8);
	static final int ROUNDS = 3;
	private static final int CITIZENS = 20_000;
	private static final int QRS = 2_000;

	@Override
	public String name() {
		return "checkpoint-scan";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		if (!Wrk.installed()) {
			throw new IllegalStateException("checkpoint-scan needs wrk: apt-get install wrk");
		}
		String base = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
		ensurePopulation(platform);
		String checkpoint = checkpoint(platform, base, "00001");
		Path scans = Wrk.postScript(personalQrs(platform), RegistryVerifyBench.token(platform, base, Role.CHECKPOINT_OFFICER));
		Wrk.Run areas = WRK.measure(base + "/api/v1/areas/00001", null, WARMUP.multipliedBy(2), ROUND, ROUNDS);
		Wrk.Run scan = WRK.measure(base + "/api/v1/movement/checkpoints/" + checkpoint + "/scans", scans, WARMUP,
				ROUND, ROUNDS);
		String baseline = "GET /api/v1/areas/{code}, same server and run";
		return List.of(
				new Result("checkpoint scan: POST …/checkpoints/{id}/scans (" + QRS + " people), wrk -t2 -c16 (goal ≥ 0.3×)",
						scan.requestsPerSecond(), "requests/s", baseline, areas.requestsPerSecond(), true),
				new Result("checkpoint scan p99 (goal ≤ 50 ms)", scan.p99Millis(), "ms", baseline + " p99", areas.p99Millis(), false));
	}

	static void ensurePopulation(ConfigurableApplicationContext platform) throws Exception {
		if (RegistryPopulation.count(platform) < CITIZENS) {
			try (Connection connection = platform.getBean(DataSource.class).getConnection()) {
				connection.setAutoCommit(false);
				PopulationLoader.load(connection, RegistryPopulation.generator(platform, CITIZENS));
				connection.commit();
			}
			platform.getBean(JdbcClient.class).sql("VACUUM ANALYZE registry.citizen").update();
		}
	}

	/** A checkpoint in this ward, created over the API by national ward police. */
	static String checkpoint(ConfigurableApplicationContext platform, String base, String ward) throws Exception {
		String police = RegistryVerifyBench.token(platform, base, Role.WARD_POLICE);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/movement/checkpoints"))
				.header("Content-Type", "application/json").header("Authorization", police)
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Chốt đo\",\"wardCode\":\"" + ward + "\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("checkpoint: " + response.statusCode() + " " + response.body());
		}
		return response.body().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
	}

	/** Scan bodies: app QRs of people with a phone, issued the way the citizen app gets them. */
	static List<String> personalQrs(ConfigurableApplicationContext platform) {
		PersonalQrCodes codes = platform.getBean(PersonalQrCodes.class);
		List<String> bodies = new ArrayList<>();
		platform.getBean(JdbcClient.class)
				.sql("SELECT id, phone FROM registry.citizen WHERE phone IS NOT NULL ORDER BY id LIMIT " + QRS)
				.query((rs, row) -> codes.appCode(Actor.citizen(rs.getString(2)), rs.getObject(1, UUID.class)).payload())
				.list().forEach(payload -> bodies.add("{\"qr\":\"" + payload + "\"}"));
		return bodies;
	}
}
