package vn.pccovid.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Booking over real HTTP: one active booking per person and dose, cancel and rebook, and no slot ever overbooked. */
class BookingApiTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock platformClock;

	PeopleFixtures people;
	VaccinationFixtures vaccination;
	LocalDate tomorrow;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		vaccination = new VaccinationFixtures(http(), access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01"))));
		tomorrow = LocalDate.now(platformClock).plusDays(1);
	}

	@Test
	void bookingCancellingAndRebooking() {
		Registered me = people.adultWithPhone();
		String bearer = people.citizenBearer(me.phone());
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		String first = vaccination.slot(site, tomorrow, 0, 10);
		String second = vaccination.slot(site, tomorrow, 1, 10);

		assertProblem(vaccination.book(bearer, me.id(), first), 409, "personId");
		vaccination.register(bearer, me.id());

		Http.Response booked = vaccination.book(bearer, me.id(), first);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("slot").get("id").asString()).isEqualTo(first);
		assertThat(booked.json().get("slot").get("booked").asInt()).isEqualTo(1);
		String bookingId = booked.json().get("id").asString();

		assertProblem(vaccination.book(bearer, me.id(), second), 409, "personId");
		assertProblem(vaccination.book(bearer, me.id(), first), 409, "personId");

		JsonNode slots = http().get("/api/v1/vaccination/sites/" + site + "/slots?date=" + tomorrow).json();
		assertThat(slots).hasSize(2);
		assertThat(slots.get(0).get("booked").asInt()).isEqualTo(1);
		assertThat(slots.get(1).get("booked").asInt()).isZero();

		Http.Response cancelled = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/me/people/" + me.id()
				+ "/bookings/" + bookingId)).DELETE(), "Authorization", bearer);
		assertThat(cancelled.status()).isEqualTo(204);
		Http.Response again = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/me/people/" + me.id()
				+ "/bookings/" + bookingId)).DELETE(), "Authorization", bearer);
		assertProblem(again, 404, null);

		Http.Response rebooked = vaccination.book(bearer, me.id(), second);
		assertThat(rebooked.status()).as(rebooked.body()).isEqualTo(201);
		slots = http().get("/api/v1/vaccination/sites/" + site + "/slots?date=" + tomorrow).json();
		assertThat(slots.get(0).get("booked").asInt()).isZero();
		assertThat(slots.get(1).get("booked").asInt()).isEqualTo(1);
		JsonNode mine = http().get("/api/v1/me/people/" + me.id() + "/bookings", "Authorization", bearer).json();
		assertThat(mine).singleElement().satisfies(b -> assertThat(b.get("slotId").asString()).isEqualTo(second));
	}

	@Test
	void aFullSlotAnswers409AndAStrangerGets404() {
		Registered me = people.adultWithPhone();
		Registered other = people.adultWithPhone();
		String bearer = people.citizenBearer(me.phone());
		String otherBearer = people.citizenBearer(other.phone());
		vaccination.register(bearer, me.id());
		vaccination.register(otherBearer, other.id());
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		String slot = vaccination.slot(site, tomorrow, 0, 1);

		assertThat(vaccination.book(otherBearer, other.id(), slot).status()).isEqualTo(201);
		assertProblem(vaccination.book(bearer, me.id(), slot), 409, "slotId");
		assertProblem(vaccination.book(bearer, other.id(), slot), 404, null);
		assertProblem(vaccination.book(bearer, me.id(), java.util.UUID.randomUUID().toString()), 400, "slotId");
	}

	@Test
	void theBookingBodyIsReadAndAnsweredLikeEveryJsonEndpoint() {
		Registered me = people.adultWithPhone();
		String bearer = people.citizenBearer(me.phone());
		vaccination.register(bearer, me.id());
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		String slot = vaccination.slot(site, tomorrow, 0, 5);
		String path = "/api/v1/me/people/" + me.id() + "/bookings";

		// Bad bodies: the field at fault named, nothing booked.
		assertProblem(http().post(path, "", "Authorization", bearer), 400, "slotId");
		assertProblem(http().post(path, "{}", "Authorization", bearer), 400, "slotId");
		JsonNode broken = assertProblem(http().post(path, "{\"slotId\": ", "Authorization", bearer), 400, null);
		assertThat(broken.get("detail").asString()).isEqualTo("Nội dung JSON không đúng cú pháp.");
		assertProblem(http().post(path, "{\"slotId\": \"not-a-uuid\"}", "Authorization", bearer), 400, "slotId");
		assertProblem(http().post(path, "{\"slotId\": \"" + slot + "\", \"vip\": true}", "Authorization", bearer), 400, "vip");
		Http.Response text = http().send(java.net.http.HttpRequest.newBuilder(http().uri(path)).header("Content-Type", "text/plain")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"slotId\":\"" + slot + "\"}")), "Authorization", bearer);
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.contentType()).startsWith("application/problem+json");
		// A body over the 1 MB limit sent without a length (chunked) is refused while it is read (under Tomcat's 2 MB
		// swallow size, so the connection is drained, not reset under the client).
		byte[] huge = ("{\"slotId\":\"" + slot + "\",\"padding\":\"" + "x".repeat(1200 * 1024) + "\"}").getBytes();
		Http.Response tooLarge = http().send(java.net.http.HttpRequest.newBuilder(http().uri(path)).header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))), "Authorization", bearer);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(jdbc.sql("SELECT booked FROM vaccination.slot WHERE id = ?::uuid").param(slot).query(Integer.class).single()).isZero();

		Http.Response booked = http().send(java.net.http.HttpRequest.newBuilder(http().uri(path)).header("Content-Type",
				"application/json; charset=utf-8").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"slotId\":\"" + slot + "\"}")),
				"Authorization", bearer);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.contentType()).startsWith("application/json");
		assertThat(booked.headers().firstValue("Location")).hasValue(path + "/" + booked.json().get("id").asString());
		assertThat(booked.headers().firstValueAsLong("Content-Length")).hasValue(booked.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
		assertThat(booked.json().get("slot").get("id").asString()).isEqualTo(slot);
		assertThat(booked.json().get("slot").get("date").asString()).isEqualTo(tomorrow.toString());
	}

	@Test
	void noSlotIsEverOverbookedUnderConcurrency() throws Exception {
		// Sixty people registered with one shared phone (a family phone), so one sign-in acts for all of them.
		String phone = PeopleFixtures.phone();
		List<Registered> crowd = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			crowd.add(people.register(LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28), phone, PeopleFixtures.PHUC_XA, null));
		}
		String bearer = people.citizenBearer(phone);
		crowd.forEach(person -> vaccination.register(bearer, person.id()));
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		List<String> slots = List.of(vaccination.slot(site, tomorrow, 0, 7), vaccination.slot(site, tomorrow, 1, 5),
				vaccination.slot(site, tomorrow, 2, 3));

		Map<String, String> bookingOf = new ConcurrentHashMap<>();
		AtomicInteger booked = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(48);
		try {
			// Round 1: every person asks twice at once, for random slots; all requests start together.
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> calls = new ArrayList<>();
			for (int attempt = 0; attempt < 2; attempt++) {
				for (Registered person : crowd) {
					calls.add(pool.submit(() -> {
						start.await();
						String slot = slots.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(slots.size()));
						Http.Response response = vaccination.book(bearer, person.id(), slot);
						assertThat(response.status()).as(response.body()).isIn(201, 409);
						if (response.status() == 201) {
							booked.incrementAndGet();
							assertThat(bookingOf.put(person.id(), response.json().get("id").asString())).as("second active booking").isNull();
						}
						return null;
					}));
				}
			}
			start.countDown();
			for (Future<?> call : calls) {
				call.get();
			}
			assertThat(booked.get()).isEqualTo(15);
			assertInvariant(slots, true);

			// Round 2: half of the holders cancel while everyone without a place tries again, all at once.
			List<String> holders = new ArrayList<>(bookingOf.keySet());
			Collections.shuffle(holders);
			List<String> cancelling = holders.subList(0, holders.size() / 2);
			CountDownLatch again = new CountDownLatch(1);
			calls.clear();
			for (String person : cancelling) {
				calls.add(pool.submit(() -> {
					again.await();
					Http.Response response = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/me/people/"
							+ person + "/bookings/" + bookingOf.get(person))).DELETE(), "Authorization", bearer);
					assertThat(response.status()).isEqualTo(204);
					return null;
				}));
			}
			for (Registered person : crowd) {
				if (!holders.contains(person.id())) {
					calls.add(pool.submit(() -> {
						again.await();
						Http.Response response = vaccination.book(bearer, person.id(), slots.get(person.id().hashCode() & 1));
						assertThat(response.status()).as(response.body()).isIn(201, 409);
						return null;
					}));
				}
			}
			again.countDown();
			for (Future<?> call : calls) {
				call.get();
			}
			assertInvariant(slots, false);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** booked = active bookings ≤ capacity for every slot (= capacity when {@code full}); one active booking per person. */
	private void assertInvariant(List<String> slots, boolean full) {
		for (String slot : slots) {
			var row = jdbc.sql("""
					SELECT s.capacity, s.booked, (SELECT count(*) FROM vaccination.booking b WHERE b.slot_id = s.id AND b.status = 'ACTIVE')
					FROM vaccination.slot s WHERE s.id = ?::uuid""").param(slot)
					.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) }).single();
			assertThat(row[1]).as("booked equals active bookings").isEqualTo(row[2]);
			assertThat(row[1]).as("never overbooked").isLessThanOrEqualTo(row[0]);
			if (full) {
				assertThat(row[1]).isEqualTo(row[0]);
			}
		}
		assertThat(jdbc.sql("""
				SELECT count(*) FROM (SELECT person_id FROM vaccination.booking WHERE status = 'ACTIVE' AND slot_id = ANY (?::uuid[])
				GROUP BY person_id, dose_number HAVING count(*) > 1) twice""").param(slots.toArray(String[]::new))
				.query(Integer.class).single()).isZero();
	}
}
