package vn.pccovid.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Batches of 100 check-ins per request ({@code POST /api/v1/checkins/batch}, a venue owner's device: fresh event
 * ids, 1,000 people's app QRs, 200 venues; {@code wrk -t2 -c16}) against PostgreSQL {@code COPY} of rows of the same
 * shape into the same partitioned table, in the same run, a COPY round after each batch round. Goal: ≥ 0.6× COPY's
 * rows per second.
 */
final class CheckInBatchBench implements BenchCase {

	static final Wrk WRK = new Wrk(2, 16);
	static final int ITEMS = 100;
	static final int COPY_ROWS = 200_000;
	static final int ROUNDS = 4;

	@Override
	public String name() {
		return "checkin-batch";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		if (!Wrk.installed()) {
			throw new IllegalStateException("checkin-batch needs wrk: apt-get install wrk");
		}
		CheckInSetup setup = CheckInSetup.of(platform);
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		// One batch by hand first: every item must be accepted, or the figure would count rejections.
		List<Map<String, String>> items = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			items.add(Map.of("eventId", UUID.randomUUID().toString(), "venueId", setup.venues.get(i % setup.venues.size()).id().toString(),
					"qr", setup.personalQrs.get(i), "at", Instant.now().minusSeconds(i).toString()));
		}
		Map<?, ?> answer = setup.call("POST", "/api/v1/checkins/batch", setup.ownerBearer, Map.of("items", items), 200);
		if (((Number) answer.get("accepted")).intValue() != ITEMS) {
			throw new IllegalStateException("batch not fully accepted: " + answer);
		}
		long before = count(jdbc);
		Path script = script(setup);
		String url = setup.base + "/api/v1/checkins/batch";
		// Batch rounds and COPY rounds alternate, so that both see the same load: the machine is shared, and a COPY
		// measured a minute after the batches (as at first) saw another machine (0.31× and 0.62× in two runs of one build).
		WRK.run(url, CheckInSingleBench.WARMUP, script);
		List<Double> rates = new ArrayList<>();
		List<Double> p99s = new ArrayList<>();
		List<Double> copies = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			Wrk.Run batches = WRK.run(url, CheckInSingleBench.ROUND, script);
			double copy = copy(platform, setup, COPY_ROWS, round);
			double statement = statement(platform, setup, COPY_ROWS / 2, 100 + round);
			System.out.printf(java.util.Locale.ROOT, "checkin-batch round %d: INSERT … ON CONFLICT alone (JDBC, 1,000 rows each; the replay fallback) %,.0f rows/s%n",
					round + 1, statement);
			rates.add(batches.requestsPerSecond() * ITEMS);
			p99s.add(batches.p99Millis());
			copies.add(copy);
			ratios.add(batches.requestsPerSecond() * ITEMS / copy);
			System.out.printf(java.util.Locale.ROOT, "checkin-batch round %d: batches %,.0f rows/s (p99 %.0f ms), COPY %,.0f rows/s, %.2f×%n",
					round + 1, batches.requestsPerSecond() * ITEMS, batches.p99Millis(), copy, ratios.get(round));
		}
		long stored = count(jdbc) - before - (long) (COPY_ROWS + COPY_ROWS / 2) * ROUNDS;
		System.out.printf(java.util.Locale.ROOT, "checkin-batch: %,d rows stored by the batches; median of the rounds' ratios %.2f×%n",
				stored, Stats.median(ratios));
		return List.of(new Result("check-in batches of " + ITEMS + ": POST /api/v1/checkins/batch, wrk -t2 -c16 (goal ≥ 0.6×)",
				Stats.median(rates), "rows/s", "COPY of the same rows into checkin.checkin, same run, rounds alternating",
				Stats.median(copies), true),
				new Result("check-in batches of " + ITEMS + " p99", Stats.median(p99s), "ms per batch", "—", 0, false));
	}

	static long count(JdbcClient jdbc) {
		return jdbc.sql("SELECT count(*) FROM checkin.checkin").query(Long.class).single();
	}

	/** COPYs {@code rows} check-ins (today, the setup's venues and people) in one durable transaction; rows/s. */
	static double copy(ConfigurableApplicationContext platform, CheckInSetup setup, int rows, long seed) throws Exception {
		String csv = rows(setup, rows, seed, LocalDate.now(ZoneOffset.UTC), null, 0);
		try (Connection connection = platform.getBean(DataSource.class).getConnection()) {
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"COPY checkin.checkin (event_id, day, at, venue_id, person_id, via) FROM STDIN (FORMAT csv)", new StringReader(csv));
			connection.commit();
			return rows / ((System.nanoTime() - start) / 1e9);
		}
	}

	/**
	 * {@code INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING RETURNING} alone, as {@code CheckInRecords} sends it
	 * when a group holds a stored row (and as every group went before it used COPY), 1,000 rows a statement, in one
	 * durable transaction; rows/s. It showed the database's share of the gap to COPY (0.5–0.8× COPY in the same runs).
	 */
	static double statement(ConfigurableApplicationContext platform, CheckInSetup setup, int rows, long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		LocalDate day = LocalDate.now(ZoneOffset.UTC);
		Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
		int chunk = 1000;
		try (Connection connection = platform.getBean(DataSource.class).getConnection()) {
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO checkin.checkin (event_id, day, at, venue_id, person_id, via) "
					+ "SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS date[]), CAST(? AS timestamptz[]), CAST(? AS uuid[]), "
					+ "CAST(? AS uuid[]), CAST(? AS text[])) ON CONFLICT DO NOTHING RETURNING event_id, day")) {
				for (int done = 0; done < rows; done += chunk) {
					UUID[] ids = new UUID[chunk];
					String[] days = new String[chunk];
					String[] ats = new String[chunk];
					UUID[] venues = new UUID[chunk];
					UUID[] persons = new UUID[chunk];
					String[] vias = new String[chunk];
					for (int i = 0; i < chunk; i++) {
						ids[i] = new UUID(random.nextLong(), random.nextLong());
						days[i] = day.toString();
						ats[i] = midnight.plusMillis(random.nextLong(86_400_000L)).toString();
						venues[i] = setup.venues.get(random.nextInt(setup.venues.size())).id();
						persons[i] = setup.personIds.get(random.nextInt(setup.personIds.size()));
						vias[i] = "GATEWAY";
					}
					insert.setObject(1, ids);
					insert.setObject(2, days);
					insert.setObject(3, ats);
					insert.setObject(4, venues);
					insert.setObject(5, persons);
					insert.setObject(6, vias);
					try (java.sql.ResultSet answer = insert.executeQuery()) {
						while (answer.next()) {
							answer.getObject(1);
						}
					}
				}
			}
			connection.commit();
			return rows / ((System.nanoTime() - start) / 1e9);
		}
	}

	/** CSV rows of one day; a share {@code focusShare} of them at {@code focus} when given. */
	static String rows(CheckInSetup setup, int rows, long seed, LocalDate day, UUID focus, double focusShare) {
		SplittableRandom random = new SplittableRandom(seed);
		StringBuilder csv = new StringBuilder(rows * 140);
		Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
		for (int i = 0; i < rows; i++) {
			UUID venue = focus != null && random.nextDouble() < focusShare ? focus
					: setup.venues.get(random.nextInt(setup.venues.size())).id();
			Instant at = midnight.plusMillis(random.nextLong(86_400_000L));
			csv.append(new UUID(random.nextLong(), random.nextLong())).append(',').append(day).append(',').append(at).append(',')
					.append(venue).append(',').append(setup.personIds.get(random.nextInt(setup.personIds.size()))).append(",GATEWAY\n");
		}
		return csv.toString();
	}

	/** Each request: 100 items with fresh random event ids, times within the last hour, QRs and venues from pools. */
	static Path script(CheckInSetup setup) throws IOException {
		StringBuilder lua = new StringBuilder();
		lua.append("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n")
				.append("wrk.headers[\"Authorization\"] = \"").append(setup.ownerBearer).append("\"\n");
		lua.append("local counter = 1\nsetup = function(thread)\n  thread:set(\"tid\", counter)\n  counter = counter + 1\nend\n");
		lua.append("init = function(args)\n  math.randomseed(os.time() * 7919 + tid * 104729)\nend\n");
		lua.append("local qrs = {\n");
		setup.personalQrs.forEach(qr -> lua.append("  \"").append(qr).append("\",\n"));
		lua.append("}\nlocal venues = {\n");
		setup.venues.forEach(v -> lua.append("  \"").append(v.id()).append("\",\n"));
		lua.append("}\n")
				.append("local function uuid()\n")
				.append("  return string.format(\"%08x-%04x-4%03x-%04x-%04x%08x\", math.random(0, 2147483646), math.random(0, 65535),\n")
				.append("    math.random(0, 4095), math.random(32768, 49151), math.random(0, 65535), math.random(0, 2147483646))\nend\n")
				.append("request = function()\n  local at = os.date(\"!%Y-%m-%dT%H:%M:%SZ\", os.time() - math.random(0, 3600))\n")
				.append("  local items = {}\n  for k = 1, ").append(ITEMS).append(" do\n")
				.append("    items[k] = '{\"eventId\":\"' .. uuid() .. '\",\"venueId\":\"' .. venues[math.random(1, #venues)] ..\n")
				.append("      '\",\"qr\":\"' .. qrs[math.random(1, #qrs)] .. '\",\"at\":\"' .. at .. '\"}'\n  end\n")
				.append("  return wrk.format(nil, nil, nil, '{\"items\":[' .. table.concat(items, ',') .. ']}')\nend\n")
				.append(Wrk.statusCounting());
		Path script = Files.createTempFile("wrk-batch-", ".lua");
		Files.writeString(script, lua);
		script.toFile().deleteOnExit();
		return script;
	}
}
