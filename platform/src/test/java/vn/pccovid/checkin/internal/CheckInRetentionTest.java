package vn.pccovid.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.checkin.CheckIns;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.PlatformTest;

/**
 * Retention at its boundary, on a fixed clock: with 21 days kept, a day's partition goes once the day is more than 21
 * days before today (UTC), and everything newer stays.
 */
class CheckInRetentionTest extends PlatformTest {

	static final AreaCode WARD = AreaCode.ward("01", "001", "00001");

	@Autowired
	CheckInRetention retention;
	@Autowired
	Partitions partitions;
	@Autowired
	GroupCommit writer;
	@Autowired
	CheckIns checkIns;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Venues venues;

	@Test
	void dropsPartitionsOlderThanTheRetentionAndKeepsTheRest() {
		// Move well past every other test's data, to 00:00:30 UTC of a day: the boundary is at midnight.
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(400);
		clock.advance(Duration.between(now, today.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(30)));
		UUID venue = UUID.randomUUID();
		UUID old = store(venue, today.minusDays(22).atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
		UUID oldest = store(venue, today.minusDays(21).atStartOfDay().toInstant(ZoneOffset.UTC));
		UUID recent = store(venue, today.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));

		List<LocalDate> dropped = retention.run();

		assertThat(dropped).contains(today.minusDays(22)).doesNotContain(today.minusDays(21), today.minusDays(1));
		assertThat(partitions.days()).doesNotContain(today.minusDays(22))
				.contains(today.minusDays(21), today.minusDays(1), today, today.plusDays(1), today.plusDays(2));
		assertThat(exists(old)).isFalse();
		assertThat(exists(oldest)).isTrue();
		assertThat(exists(recent)).isTrue();

		// A day later the oldest kept day crosses the boundary too.
		clock.advance(Duration.ofDays(1));
		assertThat(retention.run()).contains(today.minusDays(21));
		assertThat(exists(oldest)).isFalse();
		assertThat(exists(recent)).isTrue();
	}

	@Test
	void streamsCheckInsSinceAnInstantOldestFirstWithTheVenueWard() {
		UUID venue = UUID.randomUUID();
		venues.insert(new Venue(venue, "Chợ thử", VenueType.MARKET, WARD, "Số 1", null, null, "owner", VenueStatus.APPROVED,
				null, "qr", clock.instant()));
		Instant base = clock.instant().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		store(venue, base.plusSeconds(60));
		store(venue, base);
		store(venue, base.minusSeconds(60));
		List<Instant> seen = new ArrayList<>();
		checkIns.forEachSince(base, c -> {
			if (c.venue().equals(venue)) {
				assertThat(c.venueWard()).isEqualTo(WARD);
				seen.add(c.at());
			}
		});
		assertThat(seen).containsExactly(base, base.plusSeconds(60));
	}

	private UUID store(UUID venue, Instant at) {
		CheckInRow row = new CheckInRow(UUID.randomUUID(), at, venue, WARD, UUID.randomUUID(), CheckInChannel.GATEWAY);
		partitions.ensure(row.day());
		assertThat(writer.write(List.of(row))).hasSize(1);
		return row.eventId();
	}

	private boolean exists(UUID eventId) {
		return jdbc.sql("SELECT count(*) FROM checkin.checkin WHERE event_id = ?").param(eventId).query(Long.class).single() > 0;
	}
}
