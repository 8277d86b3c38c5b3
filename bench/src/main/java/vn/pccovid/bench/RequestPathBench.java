package vn.pccovid.bench;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.registry.internal.demo.PopulationLoader;

/**
 * What one request costs on the platform, against a minimal Spring Boot application's empty GET measured by the
 * same load generator ({@code wrk -t2 -c64}) in the same run: the cheapest public endpoint
 * ({@code GET /api/v1/areas/{code}}, in memory) and identity verification (bearer token, one indexed read, audit).
 * Goals: areas ≥ 0.5× the minimal application, verification ≥ 0.25×; and personal-QR verification (a health worker
 * scanning 2,000 different people's app QRs) ≥ 0.5× the areas endpoint of the same server in the same run.
 */
final class RequestPathBench implements BenchCase {

	static final Wrk WRK = new Wrk(2, 64);
	static final Duration WARMUP = Duration.ofSeconds(30);
	static final Duration ROUND = Duration.ofSeconds(10);
	static final int ROUNDS = 3;
	private static final int CITIZENS = 100_000;
	private static final int QRS = 2_000;

	@Override
	public String name() {
		return "request-path";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		if (!Wrk.installed()) {
			throw new IllegalStateException("request-path needs wrk: apt-get install wrk");
		}
		Wrk.Run minimal = minimal();
		String base = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
		// On 2 cores the JIT needs a minute or more of load before Spring's request path is compiled.
		Wrk.Run areas = WRK.measure(base + "/api/v1/areas/00001", null, WARMUP.multipliedBy(2), ROUND, ROUNDS);
		Path verifications = Wrk.postScript(trueClaims(platform), RegistryVerifyBench.token(platform, base));
		Wrk.Run verify = WRK.measure(base + "/api/v1/registry/verifications", verifications, WARMUP, ROUND, ROUNDS);
		Path scans = Wrk.postScript(personalQrs(platform), RegistryVerifyBench.token(platform, base, Role.HEALTH_WORKER));
		Wrk.Run qr = WRK.measure(base + "/api/v1/personal-qr/verify", scans, WARMUP, ROUND, ROUNDS);
		String baseline = "minimal Spring Boot app, empty GET";
		return List.of(
				new Result("request path: GET /api/v1/areas/{code}, wrk -t2 -c64 (goal ≥ 0.5×)", areas.requestsPerSecond(),
						"requests/s", baseline, minimal.requestsPerSecond(), true),
				new Result("request path: GET /api/v1/areas/{code} p99", areas.p99Millis(), "ms", baseline + " p99",
						minimal.p99Millis(), false),
				new Result("request path: POST /api/v1/registry/verifications (bearer, " + CITIZENS / 1000
						+ "k citizens), wrk -t2 -c64 (goal ≥ 0.25×)", verify.requestsPerSecond(), "requests/s", baseline,
						minimal.requestsPerSecond(), true),
				new Result("request path: POST /api/v1/registry/verifications p99", verify.p99Millis(), "ms",
						baseline + " p99", minimal.p99Millis(), false),
				new Result("personal QR verify: POST /api/v1/personal-qr/verify (" + QRS + " people, health worker), wrk -t2 -c64 (goal ≥ 0.5×)",
						qr.requestsPerSecond(), "requests/s", "GET /api/v1/areas/{code}, same server and run",
						areas.requestsPerSecond(), true),
				new Result("personal QR verify p99", qr.p99Millis(), "ms", "GET /api/v1/areas/{code} p99", areas.p99Millis(), false));
	}

	/** The baseline, in a JVM of its own, measured like the platform. */
	static Wrk.Run minimal() throws Exception {
		try (MinimalApp app = MinimalApp.start(freePort())) {
			return WRK.measure(app.url(), null, WARMUP, ROUND, ROUNDS);
		}
	}

	/** Scan bodies: app QRs of people registered with a phone, issued the way the citizen app gets them. */
	private static List<String> personalQrs(ConfigurableApplicationContext platform) {
		PersonalQrCodes codes = platform.getBean(PersonalQrCodes.class);
		List<String> bodies = new ArrayList<>();
		platform.getBean(JdbcClient.class)
				.sql("SELECT id, phone FROM registry.citizen WHERE phone IS NOT NULL ORDER BY id LIMIT " + QRS)
				.query((rs, row) -> codes.appCode(Actor.citizen(rs.getString(2)), rs.getObject(1, UUID.class)).payload())
				.list().forEach(payload -> bodies.add("{\"payload\":\"" + payload + "\"}"));
		return bodies;
	}

	/** Claims that match: verification succeeds, so the failed-attempt quota never interferes. */
	private static List<String> trueClaims(ConfigurableApplicationContext platform) throws Exception {
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		if (RegistryPopulation.count(platform) < CITIZENS) {
			try (Connection connection = platform.getBean(DataSource.class).getConnection()) {
				connection.setAutoCommit(false);
				PopulationLoader.load(connection, RegistryPopulation.generator(platform, CITIZENS));
				connection.commit();
			}
			jdbc.sql("VACUUM ANALYZE registry.citizen").update();
		}
		List<String> claims = new ArrayList<>();
		jdbc.sql("SELECT cccd, full_name, date_of_birth FROM registry.citizen TABLESAMPLE SYSTEM (5) LIMIT 4000")
				.query((rs, row) -> RegistryVerifyBench.claim(rs.getString(1), VietnameseText.fold(rs.getString(2)),
						rs.getObject(3, LocalDate.class)))
				.list().forEach(claims::add);
		return claims;
	}

	static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
