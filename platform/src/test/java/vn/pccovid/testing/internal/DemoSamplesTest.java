package vn.pccovid.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaCode;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.DemoPopulationReady;
import vn.pccovid.registry.DemoResidents;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.testing.SampleResulted;
import vn.pccovid.testing.SampleResultedRecorder;
import vn.pccovid.testing.TestOutcome;

/**
 * The testing demo generator on a made-up population of 2,000 in one district of Bạc Liêu with two sampling sites:
 * about one in 25 tested in the last 7 days, pools of 2–5 all negative with negative members, individual samples
 * negative or invalid, all received and resulted before now; three adults positive through the result path (their
 * {@code SampleResulted} committed); the demo event coming again adds nothing.
 */
@Import(SampleResultedRecorder.class)
class DemoSamplesTest extends PlatformTest {

	static final AreaCode DISTRICT = AreaCode.district("95", "958");
	static final List<AreaCode> WARDS = List.of(AreaCode.ward("95", "958", "31950"), AreaCode.ward("95", "958", "31953"));

	@Autowired
	SamplingSites sites;

	@Autowired
	Tubes tubes;

	@Autowired
	ResultRecording recording;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock platformClock;

	@Autowired
	SampleResultedRecorder events;

	@Autowired
	TestingDemo demo;

	@Test
	void generatesNegativeSamplesAndPoolsInBulkAndThreePositivesThroughTheResultPath() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, SamplingSiteManagement.VIETNAM);
		for (AreaCode ward : WARDS) {
			SamplingSites.Site site = new SamplingSites.Site(UUID.randomUUID(), "Trạm Y tế " + ward.value(), ward, "07:00–17:00");
			sites.addSite(site, now);
			sites.addSession(UUID.randomUUID(), site, today, now);
		}
		List<PersonSummary> population = new ArrayList<>();
		Map<UUID, PersonSummary> byId = new HashMap<>();
		for (int i = 0; i < 2000; i++) {
			LocalDate born = i % 5 == 4 ? today.minusYears(8) : today.minusYears(20 + i % 50);
			PersonSummary person = new PersonSummary(UUID.randomUUID(), "Người mẫu " + i, born, WARDS.get(i % 2), null, null);
			population.add(person);
			byId.put(person.id(), person);
		}
		DemoResidents residents = (area, size, batch) -> {
			for (int from = 0; from < population.size(); from += size) {
				batch.accept(population.subList(from, Math.min(population.size(), from + size)));
			}
		};
		DemoSamples generator = new DemoSamples(residents, sites, tubes, recording, areas, jdbc, transactions, platformClock);
		DemoPopulationReady ready = new DemoPopulationReady(DISTRICT, WARDS, 2021L, true);

		DemoSamples.Generated made = generator.generate(ready);
		assertThat(made.samples()).as("about 2,000 / 25").isBetween(50, 115);
		assertThat(made.pools()).isPositive();
		assertThat(made.positives()).isEqualTo(3);

		String prefix = DISTRICT.path() + ".";
		record Row(UUID person, UUID pool, String outcome, LocalDate takenOn, Instant resultedAt, boolean received) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT s.person_id, s.pool_id, s.outcome, s.taken_on, s.resulted_at, coalesce(s.received_at, p.received_at) IS NOT NULL
				FROM testing.sample s LEFT JOIN testing.pool p ON p.id = s.pool_id WHERE s.person_path LIKE ? || '%'""")
				.param(prefix)
				.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
				.list();
		assertThat(rows).hasSize(made.samples() + made.positives()).allSatisfy(row -> {
			assertThat(byId).containsKey(row.person());
			assertThat(row.takenOn()).isBetween(today.minusDays(DemoSamples.DAYS), today.minusDays(1));
			// the positives are resulted at "now", which PostgreSQL rounds to the microsecond
			assertThat(row.resultedAt()).isBeforeOrEqualTo(now.plusNanos(1000));
			assertThat(row.received()).as("received by the lab").isTrue();
		});
		List<Row> positives = rows.stream().filter(r -> r.outcome().equals("POSITIVE")).toList();
		assertThat(positives).hasSize(3).allSatisfy(row -> {
			assertThat(row.pool()).as("individual").isNull();
			assertThat(byId.get(row.person()).dateOfBirth().plusYears(18)).as("an adult").isBeforeOrEqualTo(today);
			List<SampleResulted> published = events.about(row.person().toString());
			assertThat(published).as("SampleResulted committed").hasSize(1);
			assertThat(published.get(0).outcome()).isEqualTo(TestOutcome.POSITIVE);
		});
		assertThat(rows.stream().filter(r -> r.pool() != null)).as("pool members negative")
				.allSatisfy(row -> assertThat(row.outcome()).isEqualTo("NEGATIVE"));
		long negative = rows.stream().filter(r -> r.outcome().equals("NEGATIVE")).count();
		assertThat((double) negative / rows.size()).as("mostly negative").isGreaterThan(0.9);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM testing.pool p WHERE p.site_path LIKE ? || '%' AND (p.outcome <> 'NEGATIVE'
				    OR p.members NOT BETWEEN 2 AND 5
				    OR p.members <> (SELECT count(*) FROM testing.sample s WHERE s.pool_id = p.id))""")
				.param(prefix).query(Long.class).single()).as("pools of 2–5, negative, members counted").isZero();

		demo.on(ready);
		assertThat(jdbc.sql("SELECT count(*) FROM testing.sample WHERE person_path LIKE ? || '%'").param(prefix)
				.query(Long.class).single()).as("the event again: nothing new").isEqualTo(rows.size());
	}
}
