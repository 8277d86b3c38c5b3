package vn.pccovid.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Concurrent check-ins share group commits (several writers), and {@link CheckInsRecorded} — one per commit —
 * carries every stored check-in exactly once, whatever group it landed in.
 */
class CheckInEventsTest extends PlatformTest {

	private static final int SCANS = 40;

	@Autowired
	ApplicationEventMulticaster multicaster;

	@Test
	void everyConcurrentCheckInIsPublishedExactlyOnce() throws Exception {
		CheckInFixtures venues = new CheckInFixtures(http(), access());
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		Registered person = people.adultWithPhone();
		String citizen = people.citizenBearer(person.phone());
		tools.jackson.databind.JsonNode venue = venues.approvedVenue("Siêu thị Hàng Da");
		String venueId = venue.get("id").asString();
		String qr = venue.get("qr").asString();

		List<CheckInsRecorded> events = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
			if (event.getPayload() instanceof CheckInsRecorded recorded) {
				events.add(recorded);
			}
		};
		multicaster.addApplicationListener(listener);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Http.Response>> answers = new ArrayList<>();
			for (int i = 0; i < SCANS; i++) {
				answers.add(pool.submit(() -> venues.checkIn(citizen, person.id(), qr)));
			}
			for (Future<Http.Response> answer : answers) {
				assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdownNow();
			multicaster.removeApplicationListener(listener);
		}

		List<RecordedCheckIn> published = events.stream().flatMap(e -> e.checkIns().stream())
				.filter(c -> c.venue().equals(UUID.fromString(venueId))).toList();
		assertThat(published).hasSize(SCANS).allSatisfy(c -> {
			assertThat(c.person()).isEqualTo(UUID.fromString(person.id()));
			assertThat(c.via()).isEqualTo(CheckInChannel.APP);
		});
		assertThat(events.size()).isBetween(1, SCANS);
	}
}
