package vn.pccovid.testing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaCode;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.DemoPopulationReady;
import vn.pccovid.registry.DemoResidents;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.testing.TestOutcome;
import vn.pccovid.testing.TestType;

/**
 * Demo samples: over the last {@value #DAYS} days, about one resident in {@value #ONE_IN} was tested at a site of
 * their ward (or another of the province), most of them in pools of five (all negative), the others alone (almost
 * all negative, a few invalid) — written in bulk ({@code INSERT … unnest}) without events or messages, because made-up
 * negatives are nobody's news. Then {@value #POSITIVES} adults test positive through {@link ResultRecording}, the
 * real path (inbox, SMS, {@code SampleResulted}), so the cases module opens their F0 cases and tracing starts.
 * Only when {@code testing.sample} is empty; random choices from the demo's seed (barcodes stay secure random).
 */
@Component
class DemoSamples {

	static final int DAYS = 7;
	static final int ONE_IN = 25;
	static final int POOL = 5;
	static final int POSITIVES = 3;
	static final double POOLED = 0.6;
	static final double INVALID = 0.01;

	private final DemoResidents residents;
	private final SamplingSites sites;
	private final Tubes tubes;
	private final ResultRecording recording;
	private final Areas areas;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoSamples(DemoResidents residents, SamplingSites sites, Tubes tubes, ResultRecording recording, Areas areas, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.residents = residents;
		this.sites = sites;
		this.tubes = tubes;
		this.recording = recording;
		this.areas = areas;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	boolean anySample() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM testing.sample)").query(Boolean.class).single();
	}

	/**
	 * What was generated.
	 *
	 * @param samples   people's samples written in bulk (pool members included)
	 * @param pools     pools written in bulk
	 * @param positives positive results recorded through the real path
	 */
	record Generated(int samples, int pools, int positives) {
	}

	/** Generates samples for the residents of the province at its sites (none without sites). */
	Generated generate(DemoPopulationReady ready) {
		SplittableRandom random = new SplittableRandom(ready.seed() ^ 0x73616d706c6573L);
		List<SamplingSites.Site> siteList = sites.sitesIn(ready.province().path() + ".", 500);
		if (siteList.isEmpty()) {
			return new Generated(0, 0, 0);
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, SamplingSiteManagement.VIETNAM);
		List<PersonSummary> tested = new ArrayList<>();
		List<PersonSummary> adults = new ArrayList<>();
		residents.forEachBatch(ready.province(), 5000, batch -> {
			for (PersonSummary person : batch) {
				if (random.nextInt(ONE_IN) == 0) {
					tested.add(person);
				}
				if (!person.dateOfBirth().plusYears(18).isAfter(today)) {
					adults.add(person);
				}
			}
		});
		String laboratory = laboratory(ready.province());
		Map<AreaCode, List<SamplingSites.Site>> byWard = new HashMap<>();
		siteList.forEach(site -> byWard.computeIfAbsent(site.area(), w -> new ArrayList<>()).add(site));
		Generated bulk = transactions.execute(status -> {
			Map<String, UUID> sessions = sessions(siteList, today, now);
			return bulk(tested, byWard, siteList, sessions, laboratory, random, today);
		});
		int positives = positives(adults, byWard, siteList, laboratory, random, today);
		return new Generated(bulk.samples(), bulk.pools(), positives);
	}

	/** A session for every site on each of the last days (today's came with the sites), by site id and day. */
	private Map<String, UUID> sessions(List<SamplingSites.Site> siteList, LocalDate today, Instant now) {
		Map<String, UUID> sessions = new HashMap<>();
		for (SamplingSites.Site site : siteList) {
			for (int back = 1; back <= DAYS; back++) {
				UUID id = UUID.randomUUID();
				sites.addSession(id, site, today.minusDays(back), now);
				sessions.put(site.id() + "/" + today.minusDays(back), id);
			}
		}
		return sessions;
	}

	private Generated bulk(List<PersonSummary> tested, Map<AreaCode, List<SamplingSites.Site>> byWard, List<SamplingSites.Site> siteList,
			Map<String, UUID> sessions, String laboratory, SplittableRandom random, LocalDate today) {
		Columns samples = new Columns();
		Columns pools = new Columns();
		Map<String, List<PersonSummary>> waiting = new LinkedHashMap<>();
		for (PersonSummary person : tested) {
			SamplingSites.Site site = siteOf(person, byWard, siteList, random);
			LocalDate day = today.minusDays(1 + random.nextInt(DAYS));
			if (random.nextDouble() < POOLED) {
				waiting.computeIfAbsent(site.id() + "/" + day, k -> new ArrayList<>()).add(person);
				continue;
			}
			Times t = Times.of(day, random);
			TestType type = random.nextDouble() < 0.7 ? TestType.RT_PCR : TestType.RAPID_ANTIGEN;
			TestOutcome outcome = random.nextDouble() < INVALID ? TestOutcome.INVALID : TestOutcome.NEGATIVE;
			samples.add(UUID.randomUUID(), Barcodes.sample(), person, sessions.get(site.id() + "/" + day), null, type, site,
					t, t.received(), laboratory, outcome);
		}
		for (Map.Entry<String, List<PersonSummary>> group : waiting.entrySet()) {
			List<PersonSummary> people = group.getValue();
			UUID session = sessions.get(group.getKey());
			LocalDate day = LocalDate.parse(group.getKey().substring(group.getKey().indexOf('/') + 1));
			SamplingSites.Site site = siteList.stream().filter(s -> group.getKey().startsWith(s.id() + "/")).findFirst().orElseThrow();
			for (int from = 0; from < people.size(); from += POOL) {
				List<PersonSummary> members = people.subList(from, Math.min(people.size(), from + POOL));
				Times t = Times.of(day, random);
				UUID pool = null;
				if (members.size() > 1) {
					pool = UUID.randomUUID();
					pools.addPool(pool, Barcodes.pool(), session, site, t, laboratory, members.size());
				}
				for (PersonSummary person : members) {
					// A member's own sample is never received: the lab handles the pool's tube (as LabReceipt does).
					samples.add(UUID.randomUUID(), Barcodes.sample(), person, session, pool, TestType.RT_PCR, site, t,
							pool == null ? t.received() : null, pool == null ? laboratory : null, TestOutcome.NEGATIVE);
				}
			}
		}
		pools.insertPools(jdbc);
		samples.insertSamples(jdbc);
		return new Generated(samples.size(), pools.size(), 0);
	}

	/**
	 * A few adults with a positive PCR taken yesterday: sampled and received like any tube, the result recorded by
	 * {@link ResultRecording#apply} (what a lab's entry or upload runs after its checks), one transaction each.
	 */
	private int positives(List<PersonSummary> adults, Map<AreaCode, List<SamplingSites.Site>> byWard, List<SamplingSites.Site> siteList,
			String laboratory, SplittableRandom random, LocalDate today) {
		Set<UUID> chosen = new HashSet<>();
		int recorded = 0;
		while (recorded < Math.min(POSITIVES, adults.size())) {
			PersonSummary person = adults.get(random.nextInt(adults.size()));
			if (!chosen.add(person.id())) {
				continue;
			}
			SamplingSites.Site site = siteOf(person, byWard, siteList, random);
			LocalDate day = today.minusDays(1);
			Times t = Times.of(day, random);
			double ct = 15 + random.nextInt(150) / 10.0;
			transactions.executeWithoutResult(status -> {
				UUID session = jdbc.sql("SELECT id FROM testing.session WHERE site_id = ? AND day = ? ORDER BY created_at LIMIT 1")
						.params(site.id(), day).query(UUID.class).single();
				String barcode = Barcodes.sample();
				tubes.addSample(UUID.randomUUID(), barcode, person.id(), person.area(), session, null, TestType.RT_PCR,
						site.area(), t.taken(), day);
				Tube tube = tubes.find(barcode, true).orElseThrow();
				tubes.receive(tube, laboratory, t.received());
				recording.apply(List.of(new Decision(tubes.find(barcode, true).orElseThrow(), TestOutcome.POSITIVE, ct)));
			});
			recorded++;
		}
		return recorded;
	}

	private static SamplingSites.Site siteOf(PersonSummary person, Map<AreaCode, List<SamplingSites.Site>> byWard, List<SamplingSites.Site> all,
			SplittableRandom random) {
		List<SamplingSites.Site> near = byWard.getOrDefault(person.area(), all);
		return near.get(random.nextInt(near.size()));
	}

	private String laboratory(AreaCode province) {
		String name = areas.fullNameOfPath(province.path());
		return name == null ? "Phòng xét nghiệm quốc gia" : "Phòng xét nghiệm " + name;
	}

	/** When a tube was taken (a morning), received by the lab (3–6 hours on) and resulted (2–8 hours after that). */
	private record Times(Instant taken, Instant received, Instant resulted) {

		static Times of(LocalDate day, SplittableRandom random) {
			Instant taken = day.atTime(7, 0).atZone(SamplingSiteManagement.VIETNAM).toInstant().plus(random.nextInt(4 * 60), ChronoUnit.MINUTES);
			Instant received = taken.plus(180 + random.nextInt(180), ChronoUnit.MINUTES);
			return new Times(taken, received, received.plus(120 + random.nextInt(360), ChronoUnit.MINUTES));
		}
	}

	/** Rows as columns of text, for one statement over {@code unnest}. */
	private static final class Columns {

		private final List<String> ids = new ArrayList<>();
		private final List<String> barcodes = new ArrayList<>();
		private final List<String> people = new ArrayList<>();
		private final List<String> paths = new ArrayList<>();
		private final List<String> sessions = new ArrayList<>();
		private final List<String> pools = new ArrayList<>();
		private final List<String> types = new ArrayList<>();
		private final List<String> sitePaths = new ArrayList<>();
		private final List<String> taken = new ArrayList<>();
		private final List<String> takenOn = new ArrayList<>();
		private final List<String> received = new ArrayList<>();
		private final List<String> labs = new ArrayList<>();
		private final List<String> outcomes = new ArrayList<>();
		private final List<String> resulted = new ArrayList<>();
		private final List<String> members = new ArrayList<>();

		void add(UUID id, String barcode, PersonSummary person, UUID session, UUID pool, TestType type, SamplingSites.Site site,
				Times t, Instant receivedAt, String lab, TestOutcome outcome) {
			common(id, barcode, session, type, site, t);
			people.add(person.id().toString());
			paths.add(person.area().path());
			pools.add(pool == null ? null : pool.toString());
			received.add(receivedAt == null ? null : receivedAt.toString());
			labs.add(lab);
			outcomes.add(outcome.name());
		}

		void addPool(UUID id, String barcode, UUID session, SamplingSites.Site site, Times t, String lab, int size) {
			common(id, barcode, session, TestType.RT_PCR, site, t);
			received.add(t.received().toString());
			labs.add(lab);
			outcomes.add(TestOutcome.NEGATIVE.name());
			members.add(Integer.toString(size));
		}

		private void common(UUID id, String barcode, UUID session, TestType type, SamplingSites.Site site, Times t) {
			ids.add(id.toString());
			barcodes.add(barcode);
			sessions.add(session.toString());
			types.add(type.name());
			sitePaths.add(site.area().path());
			taken.add(t.taken().toString());
			takenOn.add(LocalDate.ofInstant(t.taken(), SamplingSiteManagement.VIETNAM).toString());
			resulted.add(t.resulted().toString());
		}

		int size() {
			return ids.size();
		}

		void insertPools(JdbcClient jdbc) {
			if (ids.isEmpty()) {
				return;
			}
			jdbc.sql("""
					INSERT INTO testing.pool (id, barcode, session_id, test_type, site_path, members, taken_at, taken_on,
					    received_at, laboratory, outcome, resulted_at)
					SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS text[]),
					    CAST(? AS text[]), CAST(? AS int[]), CAST(? AS timestamptz[]), CAST(? AS date[]),
					    CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS timestamptz[]))""")
					.params(a(ids), a(barcodes), a(sessions), a(types), a(sitePaths), a(members), a(taken), a(takenOn),
							a(received), a(labs), a(outcomes), a(resulted))
					.update();
		}

		void insertSamples(JdbcClient jdbc) {
			if (ids.isEmpty()) {
				return;
			}
			jdbc.sql("""
					INSERT INTO testing.sample (id, barcode, person_id, person_path, session_id, pool_id, test_type, site_path,
					    taken_at, taken_on, received_at, laboratory, outcome, resulted_at)
					SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS text[]),
					    CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS timestamptz[]),
					    CAST(? AS date[]), CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS text[]),
					    CAST(? AS timestamptz[]))""")
					.params(a(ids), a(barcodes), a(people), a(paths), a(sessions), a(pools), a(types), a(sitePaths), a(taken),
							a(takenOn), a(received), a(labs), a(outcomes), a(resulted))
					.update();
		}

		private static String[] a(List<String> column) {
			return column.toArray(String[]::new);
		}
	}
}
