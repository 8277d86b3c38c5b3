package vn.pccovid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Role;

/**
 * Relief payments under concurrent duplicate attempts: 8 keep-alive clients over real HTTP take (person, period)
 * tasks from one queue in which every task appears 4 times in a row, so the 4 attempts to pay the same person for the
 * same month arrive at the same moment from different clients; one must win (201), three must get the 409 with the
 * earlier payment. Baseline, same run, same server: one durable autocommit INSERT per operation from 8 JDBC threads
 * (no HTTP, no checks, no audit). After the run a query counts double payments (must be 0).
 */
final class ReliefPaymentsBench implements BenchCase {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int PEOPLE = 300;
	private static final int ATTEMPTS = 4;
	private static final int CLIENTS = 8;
	private static final int WARMUP_PERIODS = 3;
	private static final List<String> PERIODS = java.util.stream.IntStream.rangeClosed(1, 24)
			.mapToObj(i -> String.format("%d-%02d", 2020 + (i - 1) / 12, (i - 1) % 12 + 1)).toList();

	@Override
	public String name() {
		return "relief-payments";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
		String base = "http://127.0.0.1:" + port;
		HttpClient http = HttpClient.newHttpClient();
		String registrar = RegistryVerifyBench.token(platform, base, Role.REGISTRY_OFFICER);
		String admin = RegistryVerifyBench.token(platform, base, Role.PROVINCE_ADMIN);
		String proposer = RegistryVerifyBench.token(platform, base, Role.LOCAL_GOVERNMENT_OFFICER);
		String approver = RegistryVerifyBench.token(platform, base, Role.LOCAL_GOVERNMENT_OFFICER);
		String cashier = RegistryVerifyBench.token(platform, base, Role.RELIEF_CASHIER);

		String programme = JSON.readTree(send(http, "POST", base + "/api/v1/relief/programmes", admin, JSON.writeValueAsString(Map.of(
				"name", "Benchmark programme", "basis", "NQ 68/NQ-CP", "amount", 1_500_000, "per", "PERSON", "periods", PERIODS,
				"rules", Map.of())), 201)).get("id").asString();
		List<String> cccds = prepare(http, base, registrar, proposer, approver, programme);

		// Warm-up on the first periods (the JIT compiles the path), then the measured periods.
		attempts(port, cashier, programme, cccds, PERIODS.subList(0, WARMUP_PERIODS));
		long started = System.nanoTime();
		int[] outcome = attempts(port, cashier, programme, cccds, PERIODS.subList(WARMUP_PERIODS, PERIODS.size()));
		double seconds = (System.nanoTime() - started) / 1e9;

		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		long doubles = jdbc.sql("""
				SELECT count(*) FROM (SELECT 1 FROM relief.payment GROUP BY programme_id, payee_key, period HAVING count(*) > 1) d""")
				.query(Long.class).single();
		long stored = jdbc.sql("SELECT count(*) FROM relief.payment WHERE programme_id = ?::uuid").param(programme)
				.query(Long.class).single();
		int expected = cccds.size() * PERIODS.size();
		System.out.printf("relief-payments: %,d attempts in %.1f s, %,d recorded, %,d refused as repeats, %d other; %,d stored of %,d;"
				+ " double payments: %d%n", outcome[0] + outcome[1] + outcome[2], seconds, outcome[0], outcome[1], outcome[2], stored,
				expected, doubles);
		if (doubles != 0 || outcome[2] != 0 || stored != expected) {
			throw new IllegalStateException("relief-payments: a double payment or an unexpected answer");
		}
		double baseline = baseline(platform);
		double attemptsPerSecond = (outcome[0] + outcome[1]) / seconds;
		return List.of(
				new Result("relief payment attempts/s, HTTP, 8 clients, 4 racing per person+month", attemptsPerSecond, "requests/s",
						"one durable INSERT per op, JDBC, 8 threads", baseline, true),
				new Result("relief payments recorded/s (1 in 4 attempts wins)", outcome[0] / seconds, "payments/s",
						"one durable INSERT per op, JDBC, 8 threads", baseline, true),
				new Result("double payments found by query after the run", doubles, "rows",
						"payments recorded (all periods)", stored, false));
	}

	/** Registers, proposes and approves the people (not measured); answers their CCCDs. */
	private static List<String> prepare(HttpClient http, String base, String registrar, String proposer, String approver,
			String programme) throws Exception {
		List<String> cccds = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			cccds.add("001090" + String.format("%06d", 500_000 + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			String cccd = cccds.get(i);
			String name = "Nguyễn Văn " + letters(i);
			done.add(pool.submit(() -> {
				send(http, "POST", base + "/api/v1/registry/citizens", registrar, JSON.writeValueAsString(Map.of("cccd", cccd,
						"fullName", name, "dateOfBirth", "1990-05-05", "sex", "MALE", "currentWard", "00001",
						"currentAddress", "Số 1 Hàng Bún")), 201);
				send(http, "POST", base + "/api/v1/relief/programmes/" + programme + "/beneficiaries", proposer,
						JSON.writeValueAsString(Map.of("cccd", cccd)), 201);
				send(http, "PUT", base + "/api/v1/relief/programmes/" + programme + "/beneficiaries/" + cccd + "/approval", approver,
						null, 200);
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		return cccds;
	}

	/** Runs every (person, period) task {@value #ATTEMPTS} times in a row over 8 clients; answers [201s, 409s, others]. */
	private static int[] attempts(int port, String cashier, String programme, List<String> cccds, List<String> periods)
			throws InterruptedException {
		List<String> bodies = new ArrayList<>();
		for (String period : periods) {
			for (String cccd : cccds) {
				bodies.add(JSON.writeValueAsString(Map.of("programmeId", programme, "cccd", cccd, "period", period,
						"method", "CASH")));
			}
		}
		int total = bodies.size() * ATTEMPTS;
		AtomicInteger next = new AtomicInteger();
		LongAdder created = new LongAdder();
		LongAdder conflicts = new LongAdder();
		LongAdder others = new LongAdder();
		ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
		CountDownLatch done = new CountDownLatch(CLIENTS);
		for (int t = 0; t < CLIENTS; t++) {
			Thread thread = new Thread(() -> {
				try (KeepAliveClient client = new KeepAliveClient(port)) {
					for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
						int status = client.postJson("/api/v1/relief/payments", cashier, bodies.get(i / ATTEMPTS));
						(status == 201 ? created : status == 409 ? conflicts : others).increment();
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
		return new int[] { created.intValue(), conflicts.intValue(), others.intValue() };
	}

	/** One durable autocommit INSERT per operation from 8 threads into a scratch table of the same server. */
	private static double baseline(ConfigurableApplicationContext platform) throws Exception {
		DataSource data = platform.getBean(DataSource.class);
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		jdbc.sql("CREATE TABLE relief.bench_baseline (id uuid PRIMARY KEY, period text NOT NULL, at timestamptz NOT NULL)").update();
		// A fixed set of 8 connections, borrowed per operation: Throughput starts new threads for each round.
		java.util.concurrent.BlockingQueue<Connection> pool = new java.util.concurrent.ArrayBlockingQueue<>(CLIENTS);
		for (int i = 0; i < CLIENTS; i++) {
			Connection connection = data.getConnection();
			connection.setAutoCommit(true);
			pool.add(connection);
		}
		try {
			Throughput throughput = new Throughput(CLIENTS, Duration.ofSeconds(5), Duration.ofSeconds(5), 3);
			return throughput.measure(i -> {
				Connection connection = null;
				try {
					connection = pool.take();
					try (PreparedStatement insert = connection.prepareStatement(
							"INSERT INTO relief.bench_baseline VALUES (?, '2021-09', now())")) {
						insert.setObject(1, UUID.randomUUID());
						insert.executeUpdate();
					}
				}
				catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				finally {
					if (connection != null) {
						pool.add(connection);
					}
				}
			});
		}
		finally {
			for (Connection connection : pool) {
				connection.close();
			}
			jdbc.sql("DROP TABLE relief.bench_baseline").update();
		}
	}

	private static String send(HttpClient http, String method, String url, String bearer, String json, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer);
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static String letters(int i) {
		StringBuilder word = new StringBuilder();
		for (int n = i + 26 * 26; n > 0; n /= 26) {
			word.append((char) ('a' + n % 26));
		}
		return "X" + word;
	}
}
