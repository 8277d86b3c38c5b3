package vn.pccovid.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.cases.CaseFixtures;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.checkin.CheckInsRecorded;
import vn.pccovid.checkin.RecordedCheckIn;
import vn.pccovid.core.AreaCode;
import vn.pccovid.declaration.DeclaredMovement;
import vn.pccovid.declaration.MovementDeclared;
import vn.pccovid.declaration.Vehicle;
import vn.pccovid.declaration.VehicleType;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.testing.TestOutcome;

/** The tracing rules one by one, with their evidence, decisions and notices (K8, H1). */
class TracingApiTest extends PlatformTest {

	static final AreaCode PHUC_XA = PeopleFixtures.PHUC_XA;

	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	CaseStatuses statuses;

	PeopleFixtures people;
	CaseFixtures fixtures;
	String epidemiologist;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		fixtures = new CaseFixtures(events, transactions);
		epidemiologist = access().bearer(Role.EPIDEMIOLOGIST, Scope.of(PHUC_XA.parent()));
	}

	Registered person() {
		return people.register(LocalDate.of(1985, 6, 1), PeopleFixtures.phone(), PHUC_XA, null);
	}

	static UUID id(Registered person) {
		return UUID.fromString(person.id());
	}

	void checkIn(Registered person, UUID venue, Instant at) {
		fixtures.publish(new CheckInsRecorded(List.of(new RecordedCheckIn(id(person), venue, PHUC_XA, at, CheckInChannel.APP))));
	}

	/** Makes the person an F0 (positive result) and answers their case. */
	UUID f0(Registered person) {
		fixtures.publish(CaseFixtures.result(id(person), PHUC_XA, TestOutcome.POSITIVE, clock.instant().minus(Duration.ofHours(2))));
		CaseFixtures.await("F0", () -> statuses.currentOf(id(person)).filter(s -> s.level() == CaseLevel.F0).isPresent());
		return statuses.currentOf(id(person)).orElseThrow().caseId();
	}

	/** Starts a run and waits for it; answers the finished run. */
	JsonNode trace(UUID caseId) {
		Http.Response started = http().post("/api/v1/tracing/runs", "{\"caseId\":\"" + caseId + "\"}", "Authorization", epidemiologist);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/api/v1/tracing/runs/");
		JsonNode[] run = new JsonNode[1];
		CaseFixtures.await("run done", () -> {
			run[0] = http().get(location, "Authorization", epidemiologist).json();
			return run[0].get("status").asString().equals("DONE");
		});
		return run[0];
	}

	static JsonNode contact(JsonNode run, Registered person) {
		return run.get("contacts").valueStream().filter(c -> c.get("personId").asString().equals(person.id())).findFirst().orElse(null);
	}

	@Test
	void venueCoPresenceCountsWithinSixtyMinutesBothWaysAndNotASecondMore() {
		Registered f0 = person();
		Registered after60 = person(), after61 = person(), before60 = person(), before61 = person(), elsewhere = person();
		UUID venue = UUID.randomUUID();
		Instant at = clock.instant().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		checkIn(f0, venue, at);
		checkIn(after60, venue, at.plus(Duration.ofMinutes(60)));
		checkIn(after61, venue, at.plus(Duration.ofMinutes(60)).plusSeconds(1));
		checkIn(before60, venue, at.minus(Duration.ofMinutes(60)));
		checkIn(before61, venue, at.minus(Duration.ofMinutes(60)).minusSeconds(1));
		checkIn(elsewhere, UUID.randomUUID(), at);

		JsonNode run = trace(f0(f0));
		assertThat(contact(run, after60).get("level").asString()).isEqualTo("F1");
		assertThat(contact(run, before60).get("level").asString()).isEqualTo("F1");
		// one second outside the F0's window: not an F1 — only an F2, through the F1 checked in one second apart
		assertThat(contact(run, after61).get("level").asString()).isEqualTo("F2");
		assertThat(contact(run, after61).get("via").asString()).isEqualTo(after60.id());
		assertThat(contact(run, before61).get("level").asString()).isEqualTo("F2");
		assertThat(contact(run, elsewhere)).isNull();
		assertThat(contact(run, f0)).as("the F0 is not their own contact").isNull();
		JsonNode evidence = contact(run, after60).get("evidence").get(0);
		assertThat(evidence.get("kind").asString()).isEqualTo("VENUE");
		assertThat(evidence.get("venueId").asString()).isEqualTo(venue.toString());
		assertThat(Instant.parse(evidence.get("caseAt").asString())).isEqualTo(at);
		assertThat(Instant.parse(evidence.get("contactAt").asString())).isEqualTo(at.plus(Duration.ofMinutes(60)));
		assertThat(contact(run, after60).get("decision").asString()).isEqualTo("PENDING");
	}

	@Test
	void householdMembersAreF1WithTheirHousehold() {
		Registered f0 = person();
		Registered sister = people.register(LocalDate.of(1990, 1, 1), null, PHUC_XA, f0.householdId());
		JsonNode run = trace(f0(f0));
		JsonNode contact = contact(run, sister);
		assertThat(contact.get("level").asString()).isEqualTo("F1");
		assertThat(contact.get("evidence").get(0).get("kind").asString()).isEqualTo("HOUSEHOLD");
		assertThat(contact.get("evidence").get(0).get("ward").asString()).isEqualTo(PHUC_XA.path());
	}

	@Test
	void travellersOnTheSameFlightAndDayAreF1() {
		Registered f0 = person(), sameFlight = person(), nextDay = person(), otherFlight = person();
		LocalDate day = LocalDate.now(clock).minusDays(1);
		String flight = "VN" + (1000 + (int) (Math.random() * 8000));
		declare(f0, day, new Vehicle(VehicleType.PLANE, null, flight, "12A"));
		declare(sameFlight, day, new Vehicle(VehicleType.PLANE, null, flight.toLowerCase(), "30C"));
		declare(nextDay, day.plusDays(1), new Vehicle(VehicleType.PLANE, null, flight, "1A"));
		declare(otherFlight, day, new Vehicle(VehicleType.PLANE, null, flight + "9", "1A"));
		CaseFixtures.await("trips stored", () -> true);
		UUID caseId = f0(f0);
		JsonNode run = trace(caseId);
		JsonNode contact = contact(run, sameFlight);
		assertThat(contact).as(run.toString()).isNotNull();
		JsonNode evidence = contact.get("evidence").get(0);
		assertThat(evidence.get("kind").asString()).isEqualTo("VEHICLE");
		assertThat(evidence.get("trip").asString()).isEqualToIgnoringCase(flight);
		assertThat(evidence.get("date").asString()).isEqualTo(day.toString());
		assertThat(contact(run, nextDay)).isNull();
		assertThat(contact(run, otherFlight)).isNull();
	}

	void declare(Registered person, LocalDate day, Vehicle vehicle) {
		fixtures.publish(new MovementDeclared(new DeclaredMovement(UUID.randomUUID(), id(person), day, PHUC_XA,
				AreaCode.ward("79", "760", "26734"), "công tác", vehicle)));
	}

	@Test
	void contactsOfAnF1AfterTheirContactAreF2AndEveryoneAppearsOnce() {
		Registered f0 = person(), f1 = person(), f2 = person(), beforeContact = person();
		UUID shop = UUID.randomUUID(), office = UUID.randomUUID();
		Instant at = clock.instant().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		checkIn(f0, shop, at);
		checkIn(f1, shop, at.plus(Duration.ofMinutes(10)));
		checkIn(f1, shop, at.plus(Duration.ofMinutes(20)));
		checkIn(beforeContact, office, at.minus(Duration.ofHours(5)));
		checkIn(f1, office, at.minus(Duration.ofHours(5)).plus(Duration.ofMinutes(5)));
		checkIn(f1, office, at.plus(Duration.ofHours(3)));
		checkIn(f2, office, at.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(30)));
		// the F1 is also the F0's household member: a second path to the same person
		Registered housemate = people.register(LocalDate.of(1970, 2, 2), null, PHUC_XA, f0.householdId());
		checkIn(housemate, shop, at.plus(Duration.ofMinutes(5)));

		JsonNode run = trace(f0(f0));
		assertThat(contact(run, f1).get("level").asString()).isEqualTo("F1");
		assertThat(contact(run, f1).get("evidenceCount").asInt()).as("two check-ins near the F0").isEqualTo(2);
		JsonNode second = contact(run, f2);
		assertThat(second.get("level").asString()).isEqualTo("F2");
		assertThat(second.get("via").asString()).isEqualTo(f1.id());
		assertThat(second.get("evidence").get(0).get("via").asString()).isEqualTo(f1.id());
		assertThat(contact(run, beforeContact)).as("met the F1 before the F1 met the F0").isNull();
		JsonNode both = contact(run, housemate);
		assertThat(both.get("level").asString()).isEqualTo("F1");
		assertThat(both.get("evidence").valueStream().map(e -> e.get("kind").asString())).containsExactlyInAnyOrder("VENUE", "HOUSEHOLD");
		List<String> ids = run.get("contacts").valueStream().map(c -> c.get("personId").asString()).toList();
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(run.get("f1Count").asInt()).isEqualTo((int) run.get("contacts").valueStream().filter(c -> c.get("level").asString().equals("F1")).count());
	}

	@Test
	void theHouseholdsOfTheF1sAreF2ViaTheirF1() {
		Registered f0 = person(), f1 = person(), otherF1 = person();
		UUID shop = UUID.randomUUID();
		Instant at = clock.instant().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		checkIn(f0, shop, at);
		checkIn(f1, shop, at.plus(Duration.ofMinutes(30)));
		checkIn(otherF1, shop, at.minus(Duration.ofMinutes(30)));
		Registered f1Housemate = people.register(LocalDate.of(1980, 3, 3), null, PHUC_XA, f1.householdId());
		Registered otherHousemate = people.register(LocalDate.of(1990, 4, 4), null, PHUC_XA, otherF1.householdId());

		JsonNode run = trace(f0(f0));
		for (Registered[] pair : new Registered[][] { { f1Housemate, f1 }, { otherHousemate, otherF1 } }) {
			JsonNode housemate = contact(run, pair[0]);
			assertThat(housemate.get("level").asString()).isEqualTo("F2");
			assertThat(housemate.get("via").asString()).isEqualTo(pair[1].id());
			assertThat(housemate.get("evidence").get(0).get("kind").asString()).isEqualTo("HOUSEHOLD");
		}
		assertThat(contact(run, f1).get("level").asString()).as("an F1 is not also the other F1's F2").isEqualTo("F1");
	}

	@Test
	void aConfirmedContactBecomesACaseAndIsNotifiedExactlyOnce() {
		Registered f0 = person(), other = person(), contact = person(), dismissed = person();
		UUID venue = UUID.randomUUID();
		Instant at = clock.instant().minus(Duration.ofHours(20));
		checkIn(f0, venue, at);
		checkIn(other, venue, at.plus(Duration.ofMinutes(30)));
		checkIn(contact, venue, at.plus(Duration.ofMinutes(15)));
		checkIn(dismissed, venue, at.plus(Duration.ofMinutes(45)));
		JsonNode run = trace(f0(f0));
		String decide = "/api/v1/tracing/runs/" + run.get("id").asString() + "/contacts/";

		assertProblem(http().post(decide + contact.id() + "/decision", "{\"decision\":\"MAYBE\"}", "Authorization", epidemiologist), 400, "decision");
		Http.Response confirmed = http().post(decide + contact.id() + "/decision", "{\"decision\":\"CONFIRMED\",\"reason\":\"Cùng ca làm việc\"}",
				"Authorization", epidemiologist);
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.json().get("decision").asString()).isEqualTo("CONFIRMED");
		assertThat(confirmed.json().get("caseId").isNull()).isFalse();
		assertThat(statuses.currentOf(id(contact)).orElseThrow().level()).isEqualTo(CaseLevel.F1);
		assertProblem(http().post(decide + contact.id() + "/decision", "{\"decision\":\"DISMISSED\"}", "Authorization", epidemiologist), 409, "decision");

		Http.Response no = http().post(decide + dismissed.id() + "/decision", "{\"decision\":\"DISMISSED\",\"reason\":\"Nhân viên giao hàng, không vào trong\"}",
				"Authorization", epidemiologist);
		assertThat(no.json().get("decision").asString()).isEqualTo("DISMISSED");
		assertThat(statuses.currentOf(id(dismissed))).isEmpty();
		assertProblem(http().post(decide + UUID.randomUUID() + "/decision", "{\"decision\":\"CONFIRMED\"}", "Authorization", epidemiologist), 404, null);

		// The second F0 reaches the same contact again: their case stays, and no second notice is sent.
		Registered secondF0 = person();
		checkIn(secondF0, venue, at.plus(Duration.ofMinutes(16)));
		JsonNode again = trace(f0(secondF0));
		assertThat(http().post("/api/v1/tracing/runs/" + again.get("id").asString() + "/contacts/" + contact.id() + "/decision",
				"{\"decision\":\"CONFIRMED\"}", "Authorization", epidemiologist).status()).isEqualTo(200);
		String citizen = people.citizenBearer(contact.phone());
		JsonNode inbox = http().get("/api/v1/me/inbox?personId=" + contact.id(), "Authorization", citizen).json();
		assertThat(inbox.get("items").valueStream().filter(i -> i.get("kind").asString().equals("cases.f1")).count()).isEqualTo(1);
		assertThat(http().get("/api/v1/me/people/" + contact.id() + "/status", "Authorization", citizen).json().get("status").asString())
				.isEqualTo("F1");
	}

	@Test
	void aConfirmedF0IsTracedAutomaticallyAndOtherAreasAreRefused() {
		Registered f0 = person();
		UUID caseId = f0(f0);
		CaseFixtures.await("automatic run", () -> http().get("/api/v1/tracing/runs?caseId=" + caseId, "Authorization", epidemiologist)
				.json().valueStream().anyMatch(r -> r.get("automatic").asBoolean()));

		String elsewhere = access().bearer(Role.EPIDEMIOLOGIST, Scope.of(AreaCode.province("79")));
		assertProblem(http().post("/api/v1/tracing/runs", "{\"caseId\":\"" + caseId + "\"}", "Authorization", elsewhere), 403, null);
		String runId = http().get("/api/v1/tracing/runs?caseId=" + caseId, "Authorization", epidemiologist).json().get(0).get("id").asString();
		assertProblem(http().get("/api/v1/tracing/runs/" + runId, "Authorization", elsewhere), 403, null);
		assertProblem(http().post("/api/v1/tracing/runs", "{\"caseId\":\"" + UUID.randomUUID() + "\"}", "Authorization", epidemiologist), 404, null);
		assertProblem(http().post("/api/v1/tracing/runs", "{}", "Authorization", epidemiologist), 400, "caseId");
		assertProblem(http().post("/api/v1/tracing/runs", "{\"caseId\":\"" + caseId + "\"}", "Authorization",
				access().bearer(Role.WARD_POLICE, Scope.of(PHUC_XA))), 403, null);
	}
}
