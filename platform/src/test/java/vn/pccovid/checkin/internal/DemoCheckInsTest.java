package vn.pccovid.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.AreaCode;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.DemoPopulationReady;
import vn.pccovid.registry.DemoResidents;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.support.PlatformTest;

/**
 * The check-in demo generator on a made-up population of 1,500 in one district of Bạc Liêu (a quarter of them
 * children): about one approved venue with a valid signed QR per 150 residents, check-ins only for adults, at
 * approved venues, within the last 14 days and never in the future, mostly in the visitor's own ward, clustered
 * around meal times; the event coming again generates nothing.
 */
class DemoCheckInsTest extends PlatformTest {

	static final AreaCode DISTRICT = AreaCode.district("95", "957");
	static final List<AreaCode> WARDS = List.of(AreaCode.ward("95", "957", "31900"), AreaCode.ward("95", "957", "31903"),
			AreaCode.ward("95", "957", "31906"));
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	Venues venues;

	@Autowired
	VenueQrs qrs;

	@Autowired
	Partitions partitions;

	@Autowired
	Areas areas;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock platformClock;

	@Test
	void generatesApprovedVenuesAndPlausibleCheckInsOnce() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
		List<PersonSummary> population = new ArrayList<>();
		Map<UUID, PersonSummary> byId = new HashMap<>();
		for (int i = 0; i < 1500; i++) {
			LocalDate born = i % 4 == 3 ? today.minusYears(10) : today.minusYears(18 + i % 60);
			PersonSummary person = new PersonSummary(UUID.randomUUID(), "Người mẫu " + i, born, WARDS.get(i % WARDS.size()),
					null, null);
			population.add(person);
			byId.put(person.id(), person);
		}
		DemoResidents residents = (area, size, batch) -> {
			for (int from = 0; from < population.size(); from += size) {
				batch.accept(population.subList(from, Math.min(population.size(), from + size)));
			}
		};
		DemoCheckIns generator = new DemoCheckIns(residents, venues, qrs, partitions, areas, accounts, dataSource, transactions,
				platformClock);
		DemoPopulationReady ready = new DemoPopulationReady(DISTRICT, WARDS, 2021L, true);

		long[] counts = generator.generate(ready);
		assertThat(counts[0]).as("1,500 / 150 venues").isEqualTo(10);
		assertThat(counts[1]).as("about 1,125 adults × 14 days × 1.7 visits").isBetween(22_000L, 31_000L);

		String prefix = DISTRICT.path() + ".";
		List<Venue> made = venues.ofArea(prefix, null, Instant.EPOCH, new UUID(Long.MIN_VALUE, Long.MIN_VALUE), 100);
		assertThat(made).hasSize(10).allSatisfy(venue -> {
			assertThat(venue.status()).isEqualTo(VenueStatus.APPROVED);
			assertThat(WARDS).contains(venue.ward());
			assertThat(qrs.signatureValid(venue.qr())).as("signed QR").isTrue();
			assertThat(qrs.venueIdOf(venue.qr())).contains(venue.id());
			assertThat(venue.createdAt()).isBefore(clock.instant().minus(14, ChronoUnit.DAYS));
		});
		Map<UUID, Venue> venueById = new HashMap<>();
		made.forEach(v -> venueById.put(v.id(), v));

		record Visit(UUID person, UUID venue, Instant at, LocalDate day) {
		}
		List<Visit> visits = jdbc.sql("SELECT c.person_id, c.venue_id, c.at, c.day FROM checkin.checkin c "
				+ "JOIN checkin.venue v ON v.id = c.venue_id WHERE v.area_path LIKE ? || '%'").param(prefix)
				.query((rs, row) -> new Visit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getTimestamp(3).toInstant(), rs.getObject(4, LocalDate.class)))
				.list();
		assertThat(visits).as("every check-in's venue exists in the demo").hasSize((int) counts[1]);
		Instant earliest = today.minusDays(13).atStartOfDay(VIETNAM).toInstant();
		int ownWard = 0;
		int lunch = 0;
		int afternoon = 0;
		for (Visit visit : visits) {
			PersonSummary person = byId.get(visit.person());
			assertThat(person).as("a resident").isNotNull();
			assertThat(person.dateOfBirth().plusYears(18)).as("an adult").isBeforeOrEqualTo(today);
			assertThat(visit.at()).isBetween(earliest, clock.instant());
			assertThat(visit.day()).isEqualTo(CheckInRow.dayOf(visit.at()));
			if (venueById.get(visit.venue()).ward().equals(person.area())) {
				ownWard++;
			}
			int hour = visit.at().atZone(VIETNAM).getHour();
			lunch += hour == 11 || hour == 12 ? 1 : 0;
			afternoon += hour == 14 || hour == 15 ? 1 : 0;
		}
		assertThat((double) ownWard / visits.size()).as("mostly in their own ward").isGreaterThan(0.8);
		assertThat(lunch).as("lunch is busier than mid-afternoon").isGreaterThan(3 * afternoon);
		assertThat(jdbc.sql("SELECT count(*) FROM checkin.checkin c JOIN checkin.venue v ON v.id = c.venue_id "
				+ "WHERE v.area_path LIKE ? || '%' AND v.status <> 'APPROVED'").param(prefix).query(Long.class).single())
				.isZero();

		generator.on(ready);
		assertThat(venues.ofArea(prefix, null, Instant.EPOCH, new UUID(Long.MIN_VALUE, Long.MIN_VALUE), 100))
				.as("the event again: nothing new").hasSize(10);
		assertThat(jdbc.sql("SELECT count(*) FROM checkin.checkin c JOIN checkin.venue v ON v.id = c.venue_id "
				+ "WHERE v.area_path LIKE ? || '%'").param(prefix).query(Long.class).single()).isEqualTo(counts[1]);
	}
}
