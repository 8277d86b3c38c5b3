package vn.pccovid.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The visitor log of one busy venue (≈ 50,000 visits over 14 days) in a table set of at least 1 million check-ins:
 * health staff read pages of 50 over random one-day windows, following {@code next} once, one request at a time.
 * Goal: p95 ≤ 20 ms per page (the baseline column is the goal).
 */
final class VisitorLogBench implements BenchCase {

	static final long TABLE_ROWS = 1_000_000;
	static final int DAYS = 14;
	static final int PAGES = 1_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return "visitor-log";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		CheckInSetup setup = CheckInSetup.of(platform);
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		UUID busy = setup.venues.get(0).id();
		long missing = TABLE_ROWS - CheckInBatchBench.count(jdbc);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		int perDay = (int) Math.max(50_000 / DAYS, missing / DAYS + 1);
		try (Connection connection = platform.getBean(DataSource.class).getConnection()) {
			connection.setAutoCommit(false);
			for (int d = 1; d <= DAYS; d++) {
				String csv = CheckInBatchBench.rows(setup, perDay, 1000 + d, today.minusDays(d), busy, (50_000.0 / DAYS) / perDay);
				connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
						"COPY checkin.checkin (event_id, day, at, venue_id, person_id, via) FROM STDIN (FORMAT csv)", new StringReader(csv));
			}
			connection.commit();
		}
		jdbc.sql("ANALYZE checkin.checkin").update();
		long total = CheckInBatchBench.count(jdbc);
		long visits = jdbc.sql("SELECT count(*) FROM checkin.checkin WHERE venue_id = ?").param(busy).query(Long.class).single();
		HttpClient client = HttpClient.newHttpClient();
		SplittableRandom random = new SplittableRandom(7);
		Instant midnight = today.atStartOfDay(ZoneOffset.UTC).toInstant();
		for (int i = 0; i < 200; i++) {
			page(client, setup, busy, midnight, random, null);
		}
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < PAGES / 2; i++) {
			nanos.add(page(client, setup, busy, midnight, random, nanos));
		}
		double p95 = Stats.percentile(nanos, 95) / 1e6;
		return List.of(new Result(String.format("visitor log: GET /api/v1/venues/{id}/visitors, pages of 50 over 1-day windows, "
				+ "%,d visits of the venue in %,d check-ins, p95 (goal ≤ 20 ms)", visits, total), p95, "ms", "goal", 20, false));
	}

	/** Reads a random one-day window's first page and the page after it; answers the first page's time. */
	private static long page(HttpClient client, CheckInSetup setup, UUID venue, Instant midnight, SplittableRandom random,
			List<Long> second) throws Exception {
		Instant from = midnight.minus(Duration.ofMinutes(random.nextLong(DAYS * 24 * 60L - 24 * 60)));
		String path = "/api/v1/venues/" + venue + "/visitors?limit=50&from=" + from + "&to=" + from.plus(Duration.ofDays(1));
		long start = System.nanoTime();
		JsonNode first = get(client, setup, path);
		long elapsed = System.nanoTime() - start;
		if (!first.get("next").isNull()) {
			long again = System.nanoTime();
			get(client, setup, path + "&after=" + first.get("next").asString());
			if (second != null) {
				second.add(System.nanoTime() - again);
			}
		}
		return elapsed;
	}

	private static JsonNode get(HttpClient client, CheckInSetup setup, String path) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(setup.base + path))
				.header("Authorization", setup.staffBearer).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}
}
