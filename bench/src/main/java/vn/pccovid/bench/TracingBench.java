package vn.pccovid.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;

import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.checkin.CheckIns;
import vn.pccovid.checkin.RecordedCheckIn;
import vn.pccovid.core.AreaCode;
import vn.pccovid.tracing.VenueContacts;

/**
 * Contact tracing over check-ins: F1 + F2 of 1,000 F0s from tracing's in-memory index, against a PostgreSQL
 * self-join (indexed on venue and time, and on person and time) computing the same F1 set on the same data in the same
 * run; the two F1 sets are asserted equal.
 * <p>
 * Dataset, scaled down ten times with the densities of the (1 M citizens, 50,000 venues, 14 days, 42 M
 * check-ins): 100,000 citizens, 5,000 venues, 14 days, 4.2 M check-ins — 3 check-ins per person per day, 60 per venue
 * per day — so each F0 has as many contacts as in the full dataset; {@code PCCOVID_BENCH_TRACING_SCALE=1} runs the full
 * dataset (about 6 minutes on a quiet machine, most of it loading 42 M rows into PostgreSQL). Visits: each person has 6 habitual venues (70 %) besides
 * venues chosen by popularity (a power law, the busiest ≈ 400 check-ins a day); times between 6:00 and 22:00 with lunch and evening peaks.
 */
final class TracingBench implements BenchCase {

	/** The dataset divided by this (same densities); {@code PCCOVID_BENCH_TRACING_SCALE=1} runs it whole. */
	static final int SCALE = Integer.parseInt(System.getenv().getOrDefault("PCCOVID_BENCH_TRACING_SCALE", "10"));
	static final int CITIZENS = 1_000_000 / SCALE;
	static final int VENUES = 50_000 / SCALE;
	static final int DAYS = 14;
	static final int PER_PERSON_PER_DAY = 3;
	static final int F0S = 1_000;
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final AreaCode WARD = AreaCode.ward("01", "001", "00001");

	@Override
	public String name() {
		return "tracing";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		Instant now = platform.getBean(Clock.class).instant();
		Data data = generate(now);
		System.out.printf("tracing: %,d check-ins generated%n", data.size());
		DataSource dataSource = platform.getBean(DataSource.class);
		try (Connection connection = dataSource.getConnection()) {
			load(connection, data);
		}
		VenueContacts contacts = platform.getBean(VenueContacts.class);
		long started = System.nanoTime();
		long held = contacts.reloadFrom((CheckIns) data::forEachSince);
		System.out.printf("tracing: index filled with %,d check-ins in %.1f s%n", held, (System.nanoTime() - started) / 1e9);

		Random random = new Random(7);
		List<UUID> f0s = new ArrayList<>();
		while (f0s.size() < F0S) {
			UUID person = person(random.nextInt(CITIZENS));
			if (!f0s.contains(person)) {
				f0s.add(person);
			}
		}
		Instant from = now.minus(Duration.ofDays(5));

		// warm-up, then rounds
		traceAll(contacts, f0s, from, now);
		List<Double> indexRounds = new ArrayList<>();
		Map<UUID, VenueContacts.Traced> traced = null;
		for (int round = 0; round < 3; round++) {
			long t = System.nanoTime();
			traced = traceAll(contacts, f0s, from, now);
			indexRounds.add((System.nanoTime() - t) / 1e6);
		}
		// F1 alone, the set the self-join computes
		List<Double> f1Rounds = new ArrayList<>();
		Map<UUID, Set<UUID>> f1Only = f1All(contacts, f0s, from, now); // its own warm-up
		// F1 alone takes tens of milliseconds, where one pause of the shared machine moves a round: more rounds
		for (int round = 0; round < 7; round++) {
			long t = System.nanoTime();
			f1Only = f1All(contacts, f0s, from, now);
			f1Rounds.add((System.nanoTime() - t) / 1e6);
		}
		// one thread, to show what the second core adds
		long single = System.nanoTime();
		traceAll(contacts, f0s, from, now, 1);
		double singleMs = (System.nanoTime() - single) / 1e6;
		// materialising every F2's id (what a caller that stores them all would pay; runs store at most max-f2-per-run)
		long materialise = System.nanoTime();
		long ids = 0;
		for (VenueContacts.Traced t : traced.values()) {
			ids += new HashSet<>(t.f2()).size();
		}
		double materialiseMs = (System.nanoTime() - materialise) / 1e6;
		System.out.printf("tracing: F1+F2 on one thread %.0f ms; materialising %,d F2 ids into sets %.0f ms%n", singleMs, ids,
				materialiseMs);
		long f1Total = traced.values().stream().mapToLong(x -> x.f1().size()).sum();
		long f2Total = traced.values().stream().mapToLong(x -> x.f2().size()).sum();
		System.out.printf("tracing: %,d F1 and %,d F2 for %,d F0s; index rounds %s ms, F1 only %s ms%n", f1Total, f2Total, F0S,
				indexRounds, f1Rounds);

		List<Double> sqlRounds = new ArrayList<>();
		Map<UUID, Set<UUID>> sql = null;
		try (Connection connection = dataSource.getConnection()) {
			for (int round = 0; round < 3; round++) {
				long t = System.nanoTime();
				sql = selfJoin(connection, f0s, from, now);
				sqlRounds.add((System.nanoTime() - t) / 1e6);
			}
		}
		System.out.printf("tracing: self-join rounds %s ms%n", sqlRounds);
		for (UUID f0 : f0s) {
			Set<UUID> expected = sql.getOrDefault(f0, Set.of());
			if (!expected.equals(traced.get(f0).f1()) || !expected.equals(f1Only.get(f0))) {
				throw new IllegalStateException("F1 of " + f0 + " differ: index " + traced.get(f0).f1().size() + ", SQL " + expected.size());
			}
		}
		System.out.println("tracing: the index and the self-join found the same F1 for every F0");
		double index = Stats.median(indexRounds);
		double join = Stats.median(sqlRounds);
		return List.of(
				new Result("F1 of 1,000 F0s (5-day window, ±60 min), " + CITIZENS * DAYS * PER_PERSON_PER_DAY / 100_000 / 10.0 + "M check-ins, in-memory index, 2 threads", Stats.median(f1Rounds), "ms",
						"PostgreSQL self-join, same F1 (asserted)", join, false),
				new Result("F1+F2 of 1,000 F0s (" + f1Total + " F1, " + f2Total + " F2), in-memory index, 2 threads", index, "ms",
						"PostgreSQL self-join, F1 only", join, false),
				new Result("F1+F2 of 1,000 F0s, in-memory index, 2 threads", index, "ms", "issue's goal (F1+F2 ≤ 1 s)", 1000, false),
				new Result("F1+F2 of 1,000 F0s, in-memory index, 2 threads", index, "ms", "same, 1 thread", singleMs, false));
	}

	private static Map<UUID, VenueContacts.Traced> traceAll(VenueContacts contacts, List<UUID> f0s, Instant from, Instant to)
			throws InterruptedException {
		return traceAll(contacts, f0s, from, to, Runtime.getRuntime().availableProcessors());
	}

	private static Map<UUID, VenueContacts.Traced> traceAll(VenueContacts contacts, List<UUID> f0s, Instant from, Instant to,
			int threads) throws InterruptedException {
		Map<UUID, VenueContacts.Traced> result = new java.util.concurrent.ConcurrentHashMap<>();
		Thread[] workers = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			int offset = t;
			workers[t] = new Thread(() -> {
				for (int i = offset; i < f0s.size(); i += threads) {
					result.put(f0s.get(i), contacts.trace(f0s.get(i), from, to));
				}
			});
			workers[t].start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		return result;
	}

	private static Map<UUID, Set<UUID>> f1All(VenueContacts contacts, List<UUID> f0s, Instant from, Instant to)
			throws InterruptedException {
		Map<UUID, Set<UUID>> result = new java.util.concurrent.ConcurrentHashMap<>();
		int threads = Runtime.getRuntime().availableProcessors();
		Thread[] workers = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			int offset = t;
			workers[t] = new Thread(() -> {
				for (int i = offset; i < f0s.size(); i += threads) {
					result.put(f0s.get(i), contacts.f1(f0s.get(i), from, to));
				}
			});
			workers[t].start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		return result;
	}

	/** The straightforward way: one self-join of the check-in table for all F0s. */
	private static Map<UUID, Set<UUID>> selfJoin(Connection connection, List<UUID> f0s, Instant from, Instant to) throws Exception {
		Map<UUID, Set<UUID>> result = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT DISTINCT a.person, b.person
				FROM bench_tracing.checkin a
				JOIN bench_tracing.checkin b ON b.venue = a.venue
				     AND b.at BETWEEN a.at - interval '60 minutes' AND a.at + interval '60 minutes'
				WHERE a.person = ANY (?) AND a.at >= ? AND a.at < ? AND b.person <> a.person""")) {
			statement.setArray(1, connection.createArrayOf("uuid", f0s.toArray()));
			statement.setTimestamp(2, Timestamp.from(from));
			statement.setTimestamp(3, Timestamp.from(to));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
				}
			}
		}
		return result;
	}

	static UUID person(int i) {
		return new UUID(0x7ace000000000000L, i);
	}

	static UUID venue(int i) {
		return new UUID(0x7e00000000000000L, i);
	}

	/** Generated check-ins, in time order, as parallel primitive arrays. */
	record Data(int[] persons, int[] venues, long[] seconds) {

		int size() {
			return persons.length;
		}

		void forEachSince(Instant from, Consumer<RecordedCheckIn> each) {
			long since = from.getEpochSecond();
			for (int i = 0; i < persons.length; i++) {
				if (seconds[i] >= since) {
					each.accept(new RecordedCheckIn(person(persons[i]), venue(venues[i]), WARD, Instant.ofEpochSecond(seconds[i]),
							CheckInChannel.APP));
				}
			}
		}
	}

	static Data generate(Instant now) {
		Random random = new Random(2021);
		int total = CITIZENS * DAYS * PER_PERSON_PER_DAY;
		int[] persons = new int[total];
		int[] venues = new int[total];
		long[] seconds = new long[total];
		int[][] habits = new int[CITIZENS][6];
		for (int p = 0; p < CITIZENS; p++) {
			for (int h = 0; h < 6; h++) {
				habits[p][h] = popularVenue(random);
			}
		}
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		int n = 0;
		for (int day = DAYS; day >= 1; day--) {
			long midnight = today.minusDays(day).atStartOfDay(VIETNAM).toEpochSecond();
			for (int p = 0; p < CITIZENS; p++) {
				for (int k = 0; k < PER_PERSON_PER_DAY; k++) {
					persons[n] = p;
					venues[n] = random.nextDouble() < 0.7 ? habits[p][random.nextInt(6)] : popularVenue(random);
					seconds[n] = midnight + visitSecond(random);
					n++;
				}
			}
		}
		// order by time, as the check-in store streams them
		// the row's index in the low bits, the second above: 26 bits hold the whole dataset's 42 M rows
		long[] sortKeys = new long[total];
		for (int i = 0; i < total; i++) {
			sortKeys[i] = (seconds[i] << 26) | i;
		}
		java.util.Arrays.sort(sortKeys);
		int[] p2 = new int[total];
		int[] v2 = new int[total];
		long[] s2 = new long[total];
		for (int i = 0; i < total; i++) {
			int at = (int) (sortKeys[i] & ((1 << 26) - 1));
			p2[i] = persons[at];
			v2[i] = venues[at];
			s2[i] = seconds[at];
		}
		return new Data(p2, v2, s2);
	}

	/** Venues by popularity: a power law, a few big markets (≈ 400 check-ins a day) and many small shops. */
	private static int popularVenue(Random random) {
		return (int) Math.min(VENUES - 1, Math.floor(VENUES * Math.pow(random.nextDouble(), 1.3)));
	}

	/** Seconds after midnight: 6:00–22:00, peaks at lunch and in the evening. */
	private static int visitSecond(Random random) {
		double r = random.nextDouble();
		double hour = r < 0.3 ? 12 + random.nextGaussian() * 1.0 : r < 0.6 ? 18.5 + random.nextGaussian() * 1.2 : 6 + random.nextDouble() * 16;
		hour = Math.max(6, Math.min(21.99, hour));
		return (int) (hour * 3600);
	}

	/** Loads the check-ins into an indexed table with COPY, once per database. */
	private static void load(Connection connection, Data data) throws Exception {
		try (var statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS bench_tracing");
			statement.execute("DROP TABLE IF EXISTS bench_tracing.checkin");
			statement.execute("CREATE TABLE bench_tracing.checkin (person uuid NOT NULL, venue uuid NOT NULL, at timestamptz NOT NULL)");
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		long started = System.nanoTime();
		StringBuilder chunk = new StringBuilder(1 << 22);
		AtomicLong rows = new AtomicLong();
		for (int i = 0; i < data.size(); i++) {
			chunk.append(person(data.persons()[i])).append('\t').append(venue(data.venues()[i])).append('\t')
					.append(Instant.ofEpochSecond(data.seconds()[i])).append('\n');
			if (chunk.length() > (1 << 22) - 200 || i == data.size() - 1) {
				rows.addAndGet(copy.copyIn("COPY bench_tracing.checkin (person, venue, at) FROM STDIN", new StringReader(chunk.toString())));
				chunk.setLength(0);
			}
		}
		try (var statement = connection.createStatement()) {
			statement.execute("CREATE INDEX checkin_by_venue_time ON bench_tracing.checkin (venue, at)");
			statement.execute("CREATE INDEX checkin_by_person_time ON bench_tracing.checkin (person, at)");
			statement.execute("VACUUM ANALYZE bench_tracing.checkin");
		}
		System.out.printf("tracing: %,d rows copied and indexed in %.1f s%n", rows.get(), (System.nanoTime() - started) / 1e9);
	}
}
