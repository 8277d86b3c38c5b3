package vn.pccovid.declaration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaCode;
import vn.pccovid.declaration.VehicleType;
import vn.pccovid.registry.DemoPopulationReady;
import vn.pccovid.registry.DemoResidents;
import vn.pccovid.registry.PersonSummary;

/**
 * Demo data: over the last 14 days, about one resident in twelve files a health declaration each day (a few
 * percent of them with symptoms, fewer with an exposure) and one in fifty declares a journey to another ward of the
 * province. Generated only when both tables are empty, in one transaction, with random numbers from the demo's
 * seed, in batches of one {@code INSERT … SELECT FROM unnest(…)} per thousand residents. No events are published
 * for these rows: the cases module would otherwise open hundreds of suspected cases for made-up people; it
 * generates its own demo cases.
 */
@Component
class DemoDeclarations {

	private static final Logger log = LoggerFactory.getLogger(DemoDeclarations.class);
	static final int DAYS = 14;
	static final double DECLARES_PER_DAY = 0.08;
	static final double WITH_SYMPTOMS = 0.04;
	static final double WITH_EXPOSURE = 0.015;
	static final double TRAVELS = 0.02;

	private final DemoResidents residents;
	private final HealthDeclarationRecords health;
	private final MovementDeclarationRecords movements;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoDeclarations(DemoResidents residents, HealthDeclarationRecords health, MovementDeclarationRecords movements,
			JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.residents = residents;
		this.health = health;
		this.movements = movements;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@EventListener
	@Order(100)
	void on(DemoPopulationReady ready) {
		if (!health.isEmpty() || !movements.isEmpty()) {
			return;
		}
		long[] counts = generate(ready);
		log.info("Demo: {} health and {} movement declarations generated", counts[0], counts[1]);
	}

	/** Generates for every resident of the province; answers how many health and movement declarations. */
	long[] generate(DemoPopulationReady ready) {
		SplittableRandom random = new SplittableRandom(ready.seed() ^ 0x6465636c61726174L);
		LocalDate today = DeclarationDates.today(clock);
		long[] counts = new long[2];
		transactions.executeWithoutResult(status -> residents.forEachBatch(ready.province(), 1000, batch -> {
			counts[0] += insertHealth(batch, random, today);
			counts[1] += insertMovements(batch, ready.wards(), random, today);
		}));
		return counts;
	}

	private int insertHealth(List<PersonSummary> batch, SplittableRandom random, LocalDate today) {
		Columns rows = new Columns();
		for (PersonSummary person : batch) {
			for (int back = 0; back < DAYS; back++) {
				if (random.nextDouble() >= DECLARES_PER_DAY) {
					continue;
				}
				LocalDate day = today.minusDays(back);
				List<String> symptoms = new ArrayList<>();
				if (random.nextDouble() < WITH_SYMPTOMS) {
					symptoms.add(DeclarationCodes.SYMPTOMS.get(random.nextInt(4)));
					if (random.nextBoolean()) {
						symptoms.add(DeclarationCodes.SYMPTOMS.get(4 + random.nextInt(DeclarationCodes.SYMPTOMS.size() - 4)));
					}
				}
				String exposure = random.nextDouble() < WITH_EXPOSURE
						? DeclarationCodes.EXPOSURES.get(random.nextInt(DeclarationCodes.EXPOSURES.size())) : "";
				rows.add(person, day, String.join(",", symptoms), exposure, filedAt(day, random));
			}
		}
		if (rows.size() == 0) {
			return 0;
		}
		jdbc.sql("""
				INSERT INTO declaration.health_declaration (id, person_id, area_path, declared_on, symptoms, exposures,
				    filed_by, filer, filed_at)
				SELECT gen_random_uuid(), person::uuid, area, day::date, coalesce(string_to_array(nullif(s, ''), ','), '{}'),
				       coalesce(string_to_array(nullif(x, ''), ','), '{}'), 'DEMO', 'demo', at::timestamptz
				FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r(person, area, day, s, x, at)""")
				.params(rows.people(), rows.areas(), rows.days(), rows.a(), rows.b(), rows.at()).update();
		return rows.size();
	}

	private int insertMovements(List<PersonSummary> batch, List<AreaCode> wards, SplittableRandom random, LocalDate today) {
		Columns rows = new Columns();
		for (PersonSummary person : batch) {
			if (random.nextDouble() >= TRAVELS || wards.isEmpty()) {
				continue;
			}
			LocalDate day = today.minusDays(random.nextInt(DAYS));
			AreaCode to = wards.get(random.nextInt(wards.size()));
			VehicleType type = random.nextDouble() < 0.7 ? VehicleType.MOTORBIKE
					: random.nextBoolean() ? VehicleType.PRIVATE_CAR : VehicleType.BUS;
			String plate = String.format("%02d%s-%03d.%02d", 29 + random.nextInt(5), (char) ('A' + random.nextInt(8)),
					random.nextInt(1000), random.nextInt(100));
			rows.add(person, day, to.path() + "|" + type.name(), plate, filedAt(day, random));
		}
		if (rows.size() == 0) {
			return 0;
		}
		jdbc.sql("""
				INSERT INTO declaration.movement_declaration (id, person_id, area_path, from_path, to_path, travel_on,
				    purpose, vehicle_type, plate, filed_by, filer, filed_at)
				SELECT gen_random_uuid(), person::uuid, area, area, split_part(s, '|', 1), day::date, 'Đi làm',
				       split_part(s, '|', 2), x, 'DEMO', 'demo', at::timestamptz
				FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r(person, area, day, s, x, at)""")
				.params(rows.people(), rows.areas(), rows.days(), rows.a(), rows.b(), rows.at()).update();
		return rows.size();
	}

	/** Between 6:00 and 22:00 Vietnam time on the day (a journey declared the evening before still reads well). */
	private static String filedAt(LocalDate day, SplittableRandom random) {
		return day.atTime(6, 0).plusMinutes(random.nextInt(16 * 60)).atOffset(ZoneOffset.ofHours(7)).toString();
	}

	/** Rows as columns of text, for one statement over {@code unnest}. */
	private static final class Columns {

		private final List<String> people = new ArrayList<>();
		private final List<String> areas = new ArrayList<>();
		private final List<String> days = new ArrayList<>();
		private final List<String> a = new ArrayList<>();
		private final List<String> b = new ArrayList<>();
		private final List<String> at = new ArrayList<>();

		void add(PersonSummary person, LocalDate day, String first, String second, String filedAt) {
			people.add(person.id().toString());
			areas.add(person.area().path());
			days.add(day.toString());
			a.add(first);
			b.add(second);
			at.add(filedAt);
		}

		int size() {
			return people.size();
		}

		String[] people() {
			return people.toArray(String[]::new);
		}

		String[] areas() {
			return areas.toArray(String[]::new);
		}

		String[] days() {
			return days.toArray(String[]::new);
		}

		String[] a() {
			return a.toArray(String[]::new);
		}

		String[] b() {
			return b.toArray(String[]::new);
		}

		String[] at() {
			return at.toArray(String[]::new);
		}
	}
}
