package vn.pccovid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.registry.internal.demo.PopulationLoader;

/**
 * Identity verification over real HTTP on loopback against one million citizens: 4 and then 8 keep-alive clients,
 * each sending requests one after another with a partner system's bearer token; 80 % true claims (names without diacritics),
 * 20 % unknown numbers. Baseline: the same requests with the unique CCCD index dropped (fewer requests).
 */
final class RegistryVerifyBench implements BenchCase {

	private static final String PATH = "/api/v1/registry/verifications";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return "registry-verify";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		if (RegistryPopulation.count(platform) < RegistryPopulation.CITIZENS) {
			try (Connection connection = platform.getBean(DataSource.class).getConnection()) {
				connection.setAutoCommit(false);
				PopulationLoader.load(connection, RegistryPopulation.generator(platform, RegistryPopulation.CITIZENS));
				connection.commit();
			}
		}
		// Steady state: no autovacuum of the fresh load running under the measurement (CHECKPOINT needs a superuser,
		// which the platform's database role is not).
		jdbc.sql("VACUUM ANALYZE registry.citizen").update();
		List<String> claims = claims(jdbc);
		String base = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
		int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
		String bearer = token(platform, base);

		// On 2 cores the JIT needs minutes to compile Spring's request path: measure the steady state, not C2 at work.
		run(port, bearer, claims, 4, 400_000, Duration.ofSeconds(90));
		long[] four = run(port, bearer, claims, 4, 200_000, Duration.ofSeconds(30));
		long[] eight = run(port, bearer, claims, 8, 200_000, Duration.ofSeconds(30));
		jdbc.sql("DROP INDEX registry.citizen_by_cccd").update();
		long[] scanned;
		try {
			scanned = run(port, bearer, claims, 4, 400, Duration.ofSeconds(60));
		}
		finally {
			jdbc.sql("CREATE UNIQUE INDEX citizen_by_cccd ON registry.citizen (cccd)").update();
		}
		System.out.printf("registry-verify: %,d + %,d indexed requests, %,d without the index%n", four.length, eight.length,
				scanned.length);
		return List.of(
				new Result("registry verify p50, HTTP, 4 clients, 1M citizens", millis(four, 50), "ms",
						"same, CCCD index dropped", millis(scanned, 50), false),
				new Result("registry verify p99, HTTP, 4 clients, 1M citizens", millis(four, 99), "ms",
						"same, CCCD index dropped", millis(scanned, 99), false),
				new Result("registry verify p50, HTTP, 8 clients, 1M citizens", millis(eight, 50), "ms",
						"same, CCCD index dropped, 4 clients", millis(scanned, 50), false),
				new Result("registry verify p99, HTTP, 8 clients, 1M citizens", millis(eight, 99), "ms",
						"same, CCCD index dropped, 4 clients", millis(scanned, 99), false),
				new Result("registry verify throughput, HTTP, 8 clients", eight.length / (sum(eight) / 1e9 / 8),
						"requests/s", "same, CCCD index dropped, 4 clients", scanned.length / (sum(scanned) / 1e9 / 4), true));
	}

	/** 10,000 request bodies: true claims of random citizens (name folded) and unknown numbers. */
	private static List<String> claims(JdbcClient jdbc) {
		List<String> claims = new ArrayList<>();
		jdbc.sql("SELECT cccd, full_name, date_of_birth FROM registry.citizen TABLESAMPLE SYSTEM (2) LIMIT 8000")
				.query((rs, row) -> claim(rs.getString(1), VietnameseText.fold(rs.getString(2)), rs.getObject(3, LocalDate.class)))
				.list().forEach(claims::add);
		for (int i = 0; i < 2_000; i++) {
			claims.add(claim("0019" + String.format("%08d", i), "nguyen van a", LocalDate.of(1990, 1, 1)));
		}
		java.util.Collections.shuffle(claims, new java.util.Random(2021));
		return claims;
	}

	static String claim(String cccd, String name, LocalDate born) {
		return JSON.writeValueAsString(java.util.Map.of("cccd", cccd, "fullName", name, "dateOfBirth", born.toString()));
	}

	static String token(ConfigurableApplicationContext platform, String base) throws Exception {
		return token(platform, base, Role.PARTNER_SYSTEM);
	}

	/** A bearer header of a new national account holding the role. */
	static String token(ConfigurableApplicationContext platform, String base, Role role) throws Exception {
		String username = "bench-" + role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "bench-password-" + UUID.randomUUID();
		platform.getBean(StaffAccounts.class).openAsPlatform(new NewStaffAccount(username, "Benchmark account", password,
				Set.of(role), Scope.NATIONAL));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("username", username, "password", password))))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
		}
		return "Bearer " + JSON.readTree(response.body()).get("accessToken").asString();
	}

	/** Latencies in nanoseconds of up to {@code count} requests (or until {@code limit} passes) from {@code threads} clients. */
	private static long[] run(int port, String bearer, List<String> claims, int threads, int count, Duration limit)
			throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
		long deadline = System.nanoTime() + limit.toNanos();
		CountDownLatch done = new CountDownLatch(threads);
		for (int t = 0; t < threads; t++) {
			Thread thread = new Thread(() -> {
				try (KeepAliveClient client = new KeepAliveClient(port)) {
					for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
						long started = System.nanoTime();
						int status = client.postJson(PATH, bearer, claims.get(i % claims.size()));
						latencies.add(System.nanoTime() - started);
						if (status != 200) {
							throw new IllegalStateException("verification answered " + status);
						}
					}
				}
				catch (Exception e) {
					failures.add(e);
				}
				finally {
					done.countDown();
				}
			});
			thread.setDaemon(true);
			thread.start();
		}
		done.await();
		if (!failures.isEmpty()) {
			throw new IllegalStateException("load failed", failures.peek());
		}
		return latencies.stream().mapToLong(Long::longValue).toArray();
	}

	private static double millis(long[] nanos, double percentile) {
		return Stats.percentile(java.util.Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray(), percentile);
	}

	private static double sum(long[] nanos) {
		return java.util.Arrays.stream(nanos).sum();
	}
}
