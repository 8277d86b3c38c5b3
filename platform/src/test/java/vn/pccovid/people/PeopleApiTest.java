package vn.pccovid.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** A phone adds people only by proving who they are; adults with a phone of their own must consent first. */
class PeopleApiTest extends PlatformTest {

	@Autowired
	AuditLog auditLog;

	@Autowired
	PeopleOnPhone peopleOnPhone;

	@Autowired
	List<vn.pccovid.core.HomeCards> homeCards;

	PeopleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
	}

	@Test
	void aPhoneListsItsOwnRecordAsSelf() {
		Registered me = fixtures.adultWithPhone();
		JsonNode people = http().get("/api/v1/me/people", "Authorization", fixtures.citizenBearer(me.phone())).json();
		assertThat(people).hasSize(1);
		assertThat(people.get(0).get("id").asString()).isEqualTo(me.id());
		assertThat(people.get(0).get("fullName").asString()).isEqualTo(me.fullName());
		assertThat(people.get(0).get("yearOfBirth").asInt()).isEqualTo(1990);
		assertThat(people.get(0).get("wardCode").asString()).isEqualTo("00001");
		assertThat(people.get(0).get("relation").asString()).isEqualTo("SELF");
		assertThat(people.get(0).get("status").asString()).isEqualTo("ACTIVE");

		var cards = homeCards.stream().flatMap(cards1 -> cards1.cardsFor(me.phone(), UUID.fromString(me.id())).stream())
				.filter(card -> card.kind().equals("people.identity-verified")).toList();
		assertThat(cards).singleElement().satisfies(card -> {
			assertThat(card.tone()).isEqualTo(vn.pccovid.core.HomeCard.Tone.GOOD);
			assertThat(card.bodyArgs()).containsExactly(me.fullName(), "1990");
		});
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		String docs = http().get("/v3/api-docs").body();
		assertThat(docs).contains("/api/v1/me/people", "/api/v1/me/people/requests/{id}/accept", "/api/v1/me/people/{id}/qr",
				"/api/v1/personal-qr/verify", "/api/v1/personal-qr/paper", "/api/v1/keys/personal-qr/rotate");
	}

	@Test
	void aHouseholdMemberAndAChildAreAddedAtOnce() {
		Registered me = fixtures.adultWithPhone();
		Registered grandmother = fixtures.register(LocalDate.of(1945, 1, 2), null, PHUC_XA(), me.householdId());
		Registered niece = fixtures.register(LocalDate.now().minusYears(9), null, PeopleFixtures.TAN_DINH, null);
		String bearer = fixtures.citizenBearer(me.phone());

		Http.Response added = http().post("/api/v1/me/people", grandmother.claim(), "Authorization", bearer);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("person").get("relation").asString()).isEqualTo("HOUSEHOLD");
		Http.Response child = http().post("/api/v1/me/people", niece.claim(), "Authorization", bearer);
		assertThat(child.status()).as(child.body()).isEqualTo(201);
		assertThat(child.json().get("person").get("relation").asString()).isEqualTo("CHILD");
		assertThat(child.json().get("person").get("wardCode").asString()).isEqualTo("26734");
		assertThat(http().post("/api/v1/me/people", niece.claim(), "Authorization", bearer).status()).as("idempotent").isEqualTo(201);

		JsonNode people = http().get("/api/v1/me/people", "Authorization", bearer).json();
		assertThat(people).extracting(p -> p.get("relation").asString() + ":" + p.get("status").asString())
				.containsExactly("SELF:ACTIVE", "HOUSEHOLD:ACTIVE", "CHILD:ACTIVE");
		assertThat(peopleOnPhone.personIds(me.phone())).containsExactly(UUID.fromString(me.id()),
				UUID.fromString(grandmother.id()), UUID.fromString(niece.id()));
		assertThat(peopleOnPhone.phonesFor(UUID.fromString(niece.id()))).containsExactly(me.phone());
		assertThat(auditLog.about(List.of(UUID.fromString(niece.id())), null, 10)).extracting(AuditEntry::purpose)
				.contains("people-add");

		assertThat(http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/me/people/" + niece.id())).DELETE(),
				"Authorization", bearer).status()).isEqualTo(204);
		assertThat(peopleOnPhone.personIds(me.phone())).doesNotContain(UUID.fromString(niece.id()));
		assertProblem(http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/me/people/" + me.id())).DELETE(),
				"Authorization", bearer), 400, "id");
		assertProblem(http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/me/people/" + niece.id())).DELETE(),
				"Authorization", bearer), 404, null);
	}

	@Test
	void anAdultWithTheirOwnPhoneIsAddedOnlyAfterAccepting() {
		Registered me = fixtures.adultWithPhone();
		Registered friend = fixtures.adultWithPhone();
		String bearer = fixtures.citizenBearer(me.phone());

		Http.Response asked = http().post("/api/v1/me/people", friend.claim(), "Authorization", bearer);
		assertThat(asked.status()).as(asked.body()).isEqualTo(202);
		String requestId = asked.json().get("requestId").asString();
		assertThat(asked.json().get("person").get("status").asString()).isEqualTo("AWAITING_CONSENT");
		assertThat(asked.json().get("person").get("wardCode").isNull()).isTrue();
		Http.Response again = http().post("/api/v1/me/people", friend.claim(), "Authorization", bearer);
		assertThat(again.status()).isEqualTo(202);
		assertThat(again.json().get("requestId").asString()).isEqualTo(requestId);

		JsonNode people = http().get("/api/v1/me/people", "Authorization", bearer).json();
		assertThat(people).extracting(p -> p.get("status").asString()).containsExactly("ACTIVE", "AWAITING_CONSENT");
		assertThat(peopleOnPhone.mayActFor(me.phone(), UUID.fromString(friend.id()))).isFalse();
		assertProblem(http().get("/api/v1/me/people/" + friend.id() + "/qr", "Authorization", bearer), 404, null);

		String friendBearer = fixtures.citizenBearer(friend.phone());
		assertProblem(http().post("/api/v1/me/people/requests/" + requestId + "/accept", "", "Authorization", bearer), 404, null);
		JsonNode requests = http().get("/api/v1/me/people/requests", "Authorization", friendBearer).json();
		assertThat(requests).hasSize(1);
		assertThat(requests.get(0).get("id").asString()).isEqualTo(requestId);
		assertThat(requests.get(0).get("requesterPhoneMasked").asString()).isEqualTo(me.phone().substring(0, 2) + "******" + me.phone().substring(8));
		Http.Response accepted = http().post("/api/v1/me/people/requests/" + requestId + "/accept", "", "Authorization", friendBearer);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
		assertProblem(http().post("/api/v1/me/people/requests/" + requestId + "/decline", "", "Authorization", friendBearer), 409, "id");

		people = http().get("/api/v1/me/people", "Authorization", bearer).json();
		assertThat(people).extracting(p -> p.get("relation").asString() + ":" + p.get("status").asString())
				.containsExactly("SELF:ACTIVE", "DEPENDANT:ACTIVE");
		assertThat(http().get("/api/v1/me/people/" + friend.id() + "/qr", "Authorization", bearer).status()).isEqualTo(200);
		assertThat(peopleOnPhone.phonesFor(UUID.fromString(friend.id()))).containsExactly(friend.phone(), me.phone());
	}

	@Test
	void aDeclinedRequestSharesNothing() {
		Registered me = fixtures.adultWithPhone();
		Registered friend = fixtures.adultWithPhone();
		String bearer = fixtures.citizenBearer(me.phone());
		String requestId = http().post("/api/v1/me/people", friend.claim(), "Authorization", bearer).json().get("requestId").asString();
		String friendBearer = fixtures.citizenBearer(friend.phone());
		assertThat(http().post("/api/v1/me/people/requests/" + requestId + "/decline", "", "Authorization", friendBearer)
				.json().get("status").asString()).isEqualTo("DECLINED");
		assertThat(http().get("/api/v1/me/people", "Authorization", bearer).json()).hasSize(1);
		assertThat(http().get("/api/v1/me/people/requests", "Authorization", friendBearer).json()).isEmpty();
	}

	@Test
	void anAdultWithoutAPhoneOutsideTheHouseholdIsSentToTheWardOffice() {
		Registered me = fixtures.adultWithPhone();
		Registered stranger = fixtures.register(LocalDate.of(1960, 6, 1), null, PeopleFixtures.TRUC_BACH, null);
		String bearer = fixtures.citizenBearer(me.phone());
		JsonNode problem = assertProblem(http().post("/api/v1/me/people", stranger.claim(), "Authorization", bearer), 403, null);
		assertThat(problem.get("detail").asString()).contains("UBND");
		assertThat(http().get("/api/v1/me/people", "Authorization", bearer).json()).hasSize(1);
	}

	@Test
	void aMismatchIsA404ThatNamesNoFieldAndIsAudited() {
		Registered me = fixtures.adultWithPhone();
		Registered child = fixtures.register(LocalDate.now().minusYears(5), null, PHUC_XA(), null);
		String bearer = fixtures.citizenBearer(me.phone());

		JsonNode wrongName = assertProblem(http().post("/api/v1/me/people", child.claim("Trần Văn Khác", child.dateOfBirth()),
				"Authorization", bearer), 404, null);
		JsonNode wrongBirth = assertProblem(http().post("/api/v1/me/people", child.claim(child.fullName(), child.dateOfBirth().minusDays(1)),
				"Authorization", bearer), 404, null);
		assertThat(wrongName.get("detail").asString()).isEqualTo(wrongBirth.get("detail").asString());
		assertThat(wrongName.has("field")).isFalse();
		String unknown = PeopleFixtures.json(java.util.Map.of("cccd", "001090999999", "fullName", "Ai Đó", "dateOfBirth", "1990-01-01"));
		assertThat(assertProblem(http().post("/api/v1/me/people", unknown, "Authorization", bearer), 404, null)
				.get("detail").asString()).isEqualTo(wrongName.get("detail").asString());
		assertProblem(http().post("/api/v1/me/people", "{\"cccd\":\"12\",\"fullName\":\"A\",\"dateOfBirth\":\"2000-01-01\"}",
				"Authorization", bearer), 400, "cccd");
		assertProblem(http().post("/api/v1/me/people", "{\"cccd\":\"001090999999\",\"dateOfBirth\":\"2000-01-01\"}",
				"Authorization", bearer), 400, "fullName");
		assertThat(http().get("/api/v1/me/people", "Authorization", bearer).json()).hasSize(1);

		awaitAudit(me.phone(), 3);
	}

	@Test
	void onlySignedInCitizensHavePeople() {
		assertProblem(http().get("/api/v1/me/people"), 401, null);
		assertProblem(http().get("/api/v1/me/people", "Authorization", access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL)), 403, null);
	}

	private void awaitAudit(String phone, int misses) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		List<AuditEntry> found = List.of();
		while (System.nanoTime() < deadline) {
			found = auditLog.search(Scope.NATIONAL, new AuditLog.AuditQuery(phone, null, null, null, null, 50)).stream()
					.filter(e -> e.action() == AuditAction.VERIFY && "people-add".equals(e.purpose())).toList();
			if (found.size() >= misses) {
				break;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(found).as("failed attempts are audited").hasSizeGreaterThanOrEqualTo(misses);
	}

	private static vn.pccovid.core.AreaCode PHUC_XA() {
		return PeopleFixtures.PHUC_XA;
	}
}
