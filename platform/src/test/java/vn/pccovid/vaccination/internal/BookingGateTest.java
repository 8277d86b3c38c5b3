package vn.pccovid.vaccination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.vaccination.VaccinationFixtures;

/**
 * The admission gate is an optimisation, never the guard: when it believes a slot has more places than the database
 * says, the committer still books no more than the capacity; when it believes a slot is full that is not, it reloads
 * the slot's count and gives the places out.
 */
class BookingGateTest extends PlatformTest {

	@Autowired
	BookingGate gate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock platformClock;

	PeopleFixtures people;
	VaccinationFixtures vaccination;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		vaccination = new VaccinationFixtures(http(), access().bearer(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01"))));
	}

	@Test
	void aGateThatBelievesInTooManyPlacesStillNeverOverbooks() throws Exception {
		String phone = PeopleFixtures.phone();
		List<Registered> crowd = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			crowd.add(people.register(LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28), phone, PeopleFixtures.PHUC_XA, null));
		}
		String bearer = people.citizenBearer(phone);
		crowd.forEach(person -> vaccination.register(bearer, person.id()));
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		String slot = vaccination.slot(site, LocalDate.now(platformClock).plusDays(1), 0, 5);
		// As if another server had not told this one, or a write had been lost: the gate thinks 1,000 places are left.
		gate.believe(UUID.fromString(slot), 1_000);

		AtomicInteger created = new AtomicInteger();
		AtomicInteger full = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(30);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> calls = new ArrayList<>();
			for (Registered person : crowd) {
				calls.add(pool.submit(() -> {
					start.await();
					Http.Response response = vaccination.book(bearer, person.id(), slot);
					if (response.status() == 201) {
						created.incrementAndGet();
					}
					else {
						assertProblem(response, 409, "slotId");
						full.incrementAndGet();
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> call : calls) {
				call.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(created.get()).isEqualTo(5);
		assertThat(full.get()).isEqualTo(25);
		int[] row = jdbc.sql("""
				SELECT s.booked, (SELECT count(*) FROM vaccination.booking b WHERE b.slot_id = s.id AND b.status = 'ACTIVE')
				FROM vaccination.slot s WHERE s.id = ?::uuid""").param(slot)
				.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		assertThat(row).containsExactly(5, 5);
	}

	@Test
	void aGateThatBelievesASlotFullReloadsItFromTheDatabase() throws Exception {
		Registered me = people.adultWithPhone();
		String bearer = people.citizenBearer(me.phone());
		vaccination.register(bearer, me.id());
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		String slot = vaccination.slot(site, LocalDate.now(platformClock).plusDays(1), 0, 3);
		gate.believe(UUID.fromString(slot), 0);

		// Within the reload interval the gate answers from memory; after it, it asks the database and books.
		assertProblem(vaccination.book(bearer, me.id(), slot), 409, "slotId");
		Thread.sleep(BookingGate.RELOAD_MILLIS + 100);
		Http.Response booked = vaccination.book(bearer, me.id(), slot);
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("slot").get("booked").asInt()).isEqualTo(1);
	}
}
