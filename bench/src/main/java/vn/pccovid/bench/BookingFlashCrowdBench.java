package vn.pccovid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Actor;
import vn.pccovid.registry.internal.demo.PopulationLoader;

/**
 * The flash crowd of CoWIN's first hour: many citizens' apps booking a limited set of slots at once over real HTTP
 * (bearer tokens, the people-on-phone check, the registration and dose look-up, the admission gate, the booking
 * decided by the group committer), on the durable embedded server, driven by {@code wrk -t2 -c64} with a Lua script
 * (every request a different person of a family phone, a random slot of {@value #SLOTS}). The places run out before
 * the crowd does, so the later requests answer 409.
 * <p>
 * Baseline in the same run, by the same load generator against the same server: {@link NaiveBookings}, the naive
 * booking ({@code SELECT … FOR UPDATE} on the slot, then {@code INSERT} and {@code UPDATE}, one durable transaction
 * per booking) behind the same HTTP stack, token and people-on-phone and registration checks.
 * <p>
 * Bookings/s = places taken ÷ time from the first booking's commit to the last ({@code created_at}), whether the
 * places or the crowd's people ran out first (not from wrk's start, which first formats the whole crowd's requests). Requests answered/s = 201 + 409 over the round, as wrk
 * counts them. Afterwards a query checks that no slot holds more bookings than places and that {@code booked} equals
 * the active bookings; any answer but 201 and 409 stops the case.
 */
final class BookingFlashCrowdBench implements BenchCase {

	static final int SLOTS = 100;
	static final int CAPACITY = 400;
	static final int NAIVE_CAPACITY = 30;
	static final int WARMUP_CAPACITY = 40;
	static final int POPULATION = 100_000;
	static final int PEOPLE_PER_PHONE = 20;
	static final Wrk WRK = new Wrk(2, 64);
	static final Duration ROUND = Duration.ofSeconds(20);
	static final Duration JIT_WARMUP = Duration.ofSeconds(45);

	@Override
	public String name() {
		return "booking-flash-crowd";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		if (!Wrk.installed()) {
			throw new IllegalStateException("booking-flash-crowd needs wrk: apt-get install wrk");
		}
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		// The crowds need people with a phone: the first POPULATION of the registry benchmarks' population (same seed,
		// same people) when this case runs alone; after the registry cases their million is there already.
		if (RegistryPopulation.count(platform) == 0) {
			try (Connection connection = platform.getBean(DataSource.class).getConnection()) {
				connection.setAutoCommit(false);
				PopulationLoader.load(connection, RegistryPopulation.generator(platform, POPULATION));
				connection.commit();
			}
		}
		NaiveBookings.register(platform);
		String base = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
		// Disjoint crowds: each round's people are 1.25 × its places, so the places run out while people still ask.
		int warmupPeople = SLOTS * WARMUP_CAPACITY * 5 / 4;
		int measuredPeople = SLOTS * CAPACITY * 5 / 4;
		int naivePeople = SLOTS * NAIVE_CAPACITY * 5 / 4;
		List<Person> people = crowd(jdbc, warmupPeople + measuredPeople + naivePeople);
		Map<String, String> bearers = bearers(platform, people);
		List<Person> warmup = people.subList(0, warmupPeople);
		List<Person> measured = people.subList(warmupPeople, warmupPeople + measuredPeople);
		List<Person> naive = people.subList(warmupPeople + measuredPeople, people.size());
		// The day after tomorrow: tomorrow's bookings would wake the reminder job (a notification per booking) mid-run.
		LocalDate day = LocalDate.now().plusDays(2);
		UUID site = site(jdbc);
		String real = "/api/v1/me/people/%s/bookings";
		String plain = NaiveBookings.PATH.replace("{id}", "%s");
		// Warm-ups (JIT, pools, caches of slots already gone) may meet 503s on a loaded machine: counted, not failed.
		Path warmScript = script(bearers, warmup, slots(jdbc, site, day, 0, WARMUP_CAPACITY), real);
		Round warm = round(jdbc, base, warmScript, slots(jdbc, site, day, 0, 0), Duration.ofSeconds(15), true);
		// On 2 cores the JIT compiles Spring's request path for a minute or more under load (docs/architecture.md):
		// the same crowd again, now answered 409 (its slots are full), until the server runs compiled code, so that the
		// measured rounds do not share the processor with the compiler.
		round(jdbc, base, warmScript, slots(jdbc, site, day, 0, 0), JIT_WARMUP, true);
		Round naiveWarm = round(jdbc, base, script(bearers, naive.subList(0, 500), slots(jdbc, site, day, 3, NAIVE_CAPACITY), plain),
				slots(jdbc, site, day, 3, 0), Duration.ofSeconds(5), true);
		List<UUID> measuredSlots = slots(jdbc, site, day, 1, CAPACITY);
		Round group = round(jdbc, base, script(bearers, measured, measuredSlots, real), measuredSlots, ROUND, false);
		List<UUID> naiveSlots = slots(jdbc, site, day, 2, NAIVE_CAPACITY);
		Round baseline = round(jdbc, base, script(bearers, naive.subList(500, naive.size()), naiveSlots, plain), naiveSlots, ROUND, false);
		long overbooked = overbooked(jdbc);
		// What the same server answers when a request costs nothing, by the same wrk with the same status counting.
		Path get = Files.createTempFile("wrk-get-", ".lua");
		Files.writeString(get, Wrk.statusCounting());
		get.toFile().deleteOnExit();
		Wrk.Run empty = WRK.measure(base + "/api/v1/areas/00001", get, Duration.ofSeconds(5), Duration.ofSeconds(5), 3);
		System.out.printf("booking-flash-crowd: warm-up %s; naive warm-up %s; group commit %s; naive %s; slots overbooked or out of step: %d%n",
				warm, naiveWarm, group, baseline, overbooked);
		if (overbooked != 0) {
			throw new IllegalStateException(overbooked + " slots overbooked or out of step");
		}
		String note = " (" + SLOTS + " slots × " + CAPACITY + ", " + measured.size() / 1000 + "k people on " + measured.size() / PEOPLE_PER_PHONE
				+ " phones, wrk -t2 -c64; goal ≥ 5,000/s and ≥ 5×)";
		String naiveNote = "naive FOR UPDATE + INSERT per booking, same HTTP stack and checks (" + SLOTS + " slots × " + NAIVE_CAPACITY + ")";
		return List.of(
				new Result("flash-crowd bookings made/s: POST /api/v1/me/people/{id}/bookings, gate + group commit" + note,
						group.bookingsPerSecond(), "bookings/s", naiveNote, baseline.bookingsPerSecond(), true),
				new Result("flash-crowd requests answered/s (201 + 409), whole round", group.requestsPerSecond(), "requests/s",
						"naive, same round length", baseline.requestsPerSecond(), true),
				new Result("flash-crowd requests answered/s (201 + 409), against the same server's cheapest GET", group.requestsPerSecond(),
						"requests/s", "GET /api/v1/areas/{code}, same wrk and run", empty.requestsPerSecond(), true),
				new Result("slots overbooked or out of step after all rounds", overbooked, "slots", "must be 0", 0, false));
	}

	/** People with a phone, re-grouped so that {@value #PEOPLE_PER_PHONE} share one (family phones), all registered. */
	private static List<Person> crowd(JdbcClient jdbc, int count) {
		List<UUID> ids = jdbc.sql("SELECT id FROM registry.citizen WHERE phone IS NOT NULL ORDER BY id LIMIT ?").param(count)
				.query(UUID.class).list();
		if (ids.size() < count) {
			throw new IllegalStateException("only " + ids.size() + " citizens with a phone");
		}
		List<Person> people = new ArrayList<>();
		UUID[] all = ids.toArray(UUID[]::new);
		String[] phones = new String[all.length];
		for (int i = 0; i < all.length; i++) {
			phones[i] = String.format("07%08d", 10_000_000 + i / PEOPLE_PER_PHONE);
			people.add(new Person(all[i], phones[i]));
		}
		jdbc.sql("UPDATE registry.citizen c SET phone = p.phone FROM unnest(?::uuid[], ?::text[]) AS p(id, phone) WHERE c.id = p.id")
				.params(all, phones).update();
		jdbc.sql("""
				INSERT INTO vaccination.registration (person_id, area_path, priority_group, channel, registered_by, registered_at)
				SELECT c.id, '01', 'GENERAL', 'APP', 'bench', now() FROM unnest(?::uuid[]) AS c(id) ON CONFLICT DO NOTHING""")
				.param(all).update();
		jdbc.sql("VACUUM ANALYZE registry.citizen").update();
		jdbc.sql("VACUUM ANALYZE vaccination.registration").update();
		return people;
	}

	/** A citizen bearer token per phone, issued by the platform's own token service. */
	private static Map<String, String> bearers(ConfigurableApplicationContext platform, List<Person> people) throws Exception {
		Object tokens = platform.getBean(Class.forName("vn.pccovid.access.internal.Tokens"));
		var issue = tokens.getClass().getDeclaredMethod("issue", Actor.class);
		issue.setAccessible(true);
		Map<String, String> bearers = new HashMap<>();
		for (Person person : people) {
			if (!bearers.containsKey(person.phone())) {
				Object issued = issue.invoke(tokens, Actor.citizen(person.phone()));
				var access = issued.getClass().getDeclaredMethod("accessToken");
				access.setAccessible(true);
				bearers.put(person.phone(), "Bearer " + access.invoke(issued));
			}
		}
		return bearers;
	}

	private static UUID site(JdbcClient jdbc) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO vaccination.site (id, name, area_path, created_at) VALUES (?, 'Bench site', '01.001.00001', now())")
				.param(id).update();
		return id;
	}

	/**
	 * {@value #SLOTS} fresh slots of {@code capacity} places for one round (rounds use different hours); with capacity 0
	 * the round's slots already made are returned.
	 */
	private static List<UUID> slots(JdbcClient jdbc, UUID site, LocalDate day, int round, int capacity) {
		List<LocalTime> starts = new ArrayList<>();
		for (int i = 0; i < SLOTS; i++) {
			starts.add(LocalTime.of(0, 0).plusMinutes((round * SLOTS + i) * 3L));
		}
		if (capacity == 0) {
			return jdbc.sql("SELECT id FROM vaccination.slot WHERE site_id = ? AND day = ? AND starts = ANY (?::time[]) ORDER BY starts")
					.params(site, day, starts.stream().map(LocalTime::toString).toArray(String[]::new)).query(UUID.class).list();
		}
		List<UUID> ids = new ArrayList<>();
		for (LocalTime start : starts) {
			UUID id = UUID.randomUUID();
			jdbc.sql("INSERT INTO vaccination.slot (id, site_id, day, starts, ends, capacity) VALUES (?, ?, ?, ?, ?, ?)")
					.params(id, site, day, start, start.plusMinutes(3), capacity).update();
			ids.add(id);
		}
		return ids;
	}

	/**
	 * A wrk script whose two threads take alternate lines of a data file (path, bearer, body), one person per request,
	 * a random slot each, and count the answers by status.
	 */
	private static Path script(Map<String, String> bearers, List<Person> people, List<UUID> slots, String pathPattern)
			throws IOException {
		java.util.SplittableRandom random = new java.util.SplittableRandom(2021 + people.size());
		StringBuilder data = new StringBuilder();
		for (Person person : people) {
			data.append(String.format(pathPattern, person.id())).append('\t').append(bearers.get(person.phone())).append('\t')
					.append("{\"slotId\":\"").append(slots.get(random.nextInt(slots.size()))).append("\"}\n");
		}
		Path lines = Files.createTempFile("wrk-booking-", ".tsv");
		Files.writeString(lines, data);
		lines.toFile().deleteOnExit();
		String lua = """
				local threads = {}
				local counter = 0
				function setup(thread)
				  thread:set("tid", counter)
				  counter = counter + 1
				  table.insert(threads, thread)
				end
				local requests = {}
				function init(args)
				  -- each thread formats its own lines (tid, tid + threads, …) once, so a request costs wrk no Lua work
				  local n = 0
				  for line in io.lines("%s") do
				    if n %% %d == tid then
				      local path, auth, body = line:match("([^\t]+)\t([^\t]+)\t(.+)")
				      requests[#requests + 1] = wrk.format("POST", path,
				        { ["Content-Type"] = "application/json", ["Authorization"] = auth }, body)
				    end
				    n = n + 1
				  end
				  i = 0
				  s201 = 0
				  s409 = 0
				  s503 = 0
				  other = 0
				  first = 0
				end
				function request()
				  i = i %% #requests + 1
				  return requests[i]
				end
				function response(status, headers, body)
				  if status == 201 then s201 = s201 + 1
				  elseif status == 409 then s409 = s409 + 1
				  elseif status == 503 then s503 = s503 + 1
				  else
				    other = other + 1
				    if first == 0 then first = status end
				  end
				end
				function done(summary, latency, requests)
				  local a, b, c, f, u = 0, 0, 0, 0, 0
				  for _, t in ipairs(threads) do
				    a = a + t:get("s201")
				    b = b + t:get("s409")
				    c = c + t:get("other")
				    u = u + t:get("s503")
				    if f == 0 then f = t:get("first") end
				  end
				  io.write(string.format("STATUS 201=%%d 409=%%d other=%%d first=%%d 503=%%d\\n", a, b, c, f, u))
				end
				""".formatted(lines.toString(), WRK.threads());
		Path script = Files.createTempFile("wrk-booking-", ".lua");
		Files.writeString(script, lua);
		script.toFile().deleteOnExit();
		return script;
	}

	private static final Pattern STATUS = Pattern.compile("STATUS 201=(\\d+) 409=(\\d+) other=(\\d+) first=(\\d+) 503=(\\d+)");

	/** One crowd: wrk for the round's length, then the bookings counted and timed from the database. */
	private static Round round(JdbcClient jdbc, String base, Path script, List<UUID> slots, Duration length, boolean warmup)
			throws IOException, InterruptedException {
		Instant started = Instant.now();
		String output = WRK.output(base + "/", length, script);
		Matcher status = STATUS.matcher(output);
		if (!status.find()) {
			throw new IllegalStateException("unreadable wrk output:\n" + output);
		}
		if (Long.parseLong(status.group(5)) > 0) {
			// The pool's wait for a connection ran out (a loaded machine): reported, not counted as answered.
			System.out.printf("booking-flash-crowd: %s requests answered 503 (no database connection in time)%n", status.group(5));
		}
		long ok = Long.parseLong(status.group(1));
		long conflict = Long.parseLong(status.group(2));
		if (warmup && Long.parseLong(status.group(3)) > 0) {
			System.out.printf("booking-flash-crowd: warm-up met %s answers neither 201 nor 409 (first %s)%n", status.group(3), status.group(4));
		}
		else if (Long.parseLong(status.group(3)) > 0) {
			throw new IllegalStateException(status.group(3) + " answers neither 201 nor 409 (first " + status.group(4) + "):\n" + output);
		}
		var row = jdbc.sql("""
				SELECT count(*), max(created_at), (SELECT sum(capacity) FROM vaccination.slot WHERE id = ANY (?::uuid[])), min(created_at)
				FROM vaccination.booking WHERE slot_id = ANY (?::uuid[]) AND status = 'ACTIVE'""")
				.params(slots.toArray(UUID[]::new), slots.toArray(UUID[]::new))
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2), rs.getLong(3), rs.getTimestamp(4) }).single();
		long booked = (Long) row[0];
		boolean ranOut = booked == (Long) row[2];
		// From the first booking's commit to the last, whether the places ran out, the crowd's people did (each books
		// once, later requests of theirs answer 409), or the round ended: the rate while bookings were being made. Not
		// from wrk's start: its threads first format the whole crowd's requests (0.3-0.4 s for 50,000, 0.05 s for the
		// naive crowd's 3,250), which is the load generator's time, not the server's.
		double seconds = booked > 1
				? Math.max(1e-3, java.time.Duration.between(((java.sql.Timestamp) row[3]).toInstant(),
						((java.sql.Timestamp) row[1]).toInstant()).toNanos() / 1e9)
				: length.toNanos() / 1e9;
		// When the bookings were made, in seconds from the start: the first, half, 90 %, 99 % (where the tail goes).
		String spread = jdbc.sql("""
				SELECT min(created_at), percentile_disc(0.5) WITHIN GROUP (ORDER BY created_at),
				       percentile_disc(0.9) WITHIN GROUP (ORDER BY created_at), percentile_disc(0.99) WITHIN GROUP (ORDER BY created_at)
				FROM vaccination.booking WHERE slot_id = ANY (?::uuid[]) AND status = 'ACTIVE'""")
				.param(slots.toArray(UUID[]::new))
				.query((rs, n) -> {
					StringBuilder text = new StringBuilder();
					for (int i = 1; i <= 4; i++) {
						java.sql.Timestamp at = rs.getTimestamp(i);
						text.append(i == 1 ? "" : " / ").append(at == null ? "-"
								: String.format(java.util.Locale.ROOT, "%.2f", java.time.Duration.between(started, at.toInstant()).toMillis() / 1e3));
					}
					return text.toString();
				}).single();
		return new Round(booked, ok, conflict, ranOut, seconds, length.toNanos() / 1e9, spread);
	}

	/** Slots holding more bookings than places, or whose count differs from their active bookings. */
	private static long overbooked(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT count(*) FROM vaccination.slot s
				WHERE s.booked > s.capacity
				   OR s.booked <> (SELECT count(*) FROM vaccination.booking b WHERE b.slot_id = s.id AND b.status = 'ACTIVE')""")
				.query(Long.class).single();
	}

	private record Person(UUID id, String phone) {
	}

	/**
	 * @param booked   bookings in the round's slots (from the database)
	 * @param created  201 answers (wrk)
	 * @param refused  409 answers (wrk)
	 * @param ranOut   whether every place was taken
	 * @param seconds  from the first booking to the last (the round when fewer than two were made)
	 * @param length   the round
	 * @param spread   seconds from the start to the first, median, 90th and 99th percentile booking
	 */
	private record Round(long booked, long created, long refused, boolean ranOut, double seconds, double length, String spread) {

		double bookingsPerSecond() {
			return booked / seconds;
		}

		double requestsPerSecond() {
			return (created + refused) / length;
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "%,d booked (%,d answered 201, %,d answered 409) %s %.2f s = %,.0f bookings/s, %,.0f answers/s"
					+ " (first / 50 %% / 90 %% / 99 %% of bookings after %s s)",
					booked, created, refused, ranOut ? "places gone, from the first booking to the last" : "places left, from the first booking to the last", seconds, bookingsPerSecond(),
					requestsPerSecond(), spread);
		}
	}
}
