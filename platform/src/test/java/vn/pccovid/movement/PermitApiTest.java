package vn.pccovid.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Travel permits: who may apply, checked input, the ward police of the holder's ward decide, the phone sees them. */
class PermitApiTest extends PlatformTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	MovementFixtures fixtures;
	LocalDate today;

	@BeforeEach
	void fixtures() {
		String officer = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		fixtures = new MovementFixtures(http(), officer, new PeopleFixtures(http(), officer, adminBearer()));
		today = LocalDate.ofInstant(clock.instant(), VIETNAM);
	}

	@Test
	void aCitizenAppliesForAPersonOnTheirPhoneAndSeesThePermitOnceApprovedWithItsQr() {
		Registered me = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), false);
		String bearer = fixtures.people().citizenBearer(me.phone());
		Http.Response created = http().post("/api/v1/movement/permits",
				MovementFixtures.application(me, "HEALTH", today, today.plusDays(3), List.of("00001", "001")), "Authorization", bearer);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("PENDING");
		String id = created.json().get("id").asString();

		JsonNode mine = http().get("/api/v1/me/people/" + me.id() + "/permits", "Authorization", bearer).json();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).get("id").asString()).isEqualTo(id);
		assertThat(mine.get(0).get("status").asString()).isEqualTo("PENDING");
		assertThat(mine.get(0).has("qr")).as("no QR before approval").isFalse();
		assertThat(mine.get(0).get("zones").toString()).isEqualTo("[\"00001\",\"001\"]");

		String police = access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.PHUC_XA));
		String qr = fixtures.approve(police, id);
		mine = http().get("/api/v1/me/people/" + me.id() + "/permits", "Authorization", bearer).json();
		assertThat(mine.get(0).get("status").asString()).isEqualTo("APPROVED");
		assertThat(mine.get(0).get("qr").asString()).isEqualTo(qr);
		assertThat(mine.get(0).get("validFrom").asString()).isEqualTo(today.toString());
		assertThat(qr).doesNotContain(me.cccd());
	}

	@Test
	void noOneElseAppliesForThePerson() {
		Registered me = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), false);
		Registered stranger = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), false);
		String strangerBearer = fixtures.people().citizenBearer(stranger.phone());
		String application = MovementFixtures.application(me, "HEALTH", today, today.plusDays(3), List.of("00001"));
		assertProblem(http().post("/api/v1/movement/permits", application, "Authorization", strangerBearer), 404, null);
		assertThat(http().post("/api/v1/movement/permits", application).status()).isEqualTo(401);
		assertProblem(http().post("/api/v1/movement/permits", application, "Authorization",
				access().bearer(Role.CHECKPOINT_OFFICER, Scope.NATIONAL)), 403, null);
		assertProblem(http().get("/api/v1/me/people/" + me.id() + "/permits", "Authorization", strangerBearer), 404, null);
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndWritesNothing() {
		Registered me = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), false);
		String bearer = fixtures.people().citizenBearer(me.phone());
		record Case(String body, String field) {
		}
		List<Case> cases = List.of(
				new Case(MovementFixtures.application(me, "FUN", today, today.plusDays(1), List.of("00001")), "purpose"),
				new Case(MovementFixtures.application(me, "HEALTH", today, today.plusDays(1), List.of()), "zones"),
				new Case(MovementFixtures.application(me, "HEALTH", today, today.plusDays(1), List.of("99999")), "zones"),
				new Case(MovementFixtures.application(me, "HEALTH", today, today.minusDays(1), List.of("00001")), "validTo"),
				new Case(MovementFixtures.application(me, "HEALTH", today.minusDays(1), today, List.of("00001")), "validFrom"),
				new Case(MovementFixtures.application(me, "HEALTH", today, today.plusDays(40), List.of("00001")), "validTo"),
				new Case(MovementFixtures.application(me, "HEALTH", today, today, List.of("00001")).replace(me.cccd(), "12345"), "cccd"),
				new Case(MovementFixtures.application(me, "HEALTH", today, today, List.of("00001")).replace(today.toString(), "8/9/2021"), "validFrom"));
		for (Case c : cases) {
			JsonNode problem = assertProblem(http().post("/api/v1/movement/permits", c.body(), "Authorization", bearer), 400, c.field());
			assertThat(problem.get("type").asString()).isEqualTo("urn:pccovid:problem:invalid-input");
		}
		assertThat(http().get("/api/v1/me/people/" + me.id() + "/permits", "Authorization", bearer).json()).isEmpty();
		assertThat(http().post("/api/v1/movement/permits", "{not json", "Authorization", bearer).status()).isEqualTo(400);
	}

	@Test
	void onlyTheWardPoliceOfTheHoldersWardDecideOnceAndARejectionNeedsAReason() {
		Registered worker = fixtures.resident(PeopleFixtures.PHUC_XA, null, false);
		String organisation = access().bearer(Role.ORGANISATION, Scope.of(PeopleFixtures.TRUC_BACH));
		String id = fixtures.apply(organisation, MovementFixtures.application(worker, "FOOD_SUPPLY", today, today.plusDays(5), List.of("001")));

		String otherWard = access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.TRUC_BACH));
		assertProblem(fixtures.put("/api/v1/movement/permits/" + id + "/decision", "{\"decision\":\"APPROVED\"}", otherWard), 403, null);
		assertProblem(fixtures.put("/api/v1/movement/permits/" + id + "/decision", "{\"decision\":\"APPROVED\"}", organisation), 403, null);

		String police = access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.PHUC_XA));
		assertProblem(fixtures.put("/api/v1/movement/permits/" + id + "/decision", "{\"decision\":\"REJECTED\"}", police), 400, "reason");
		assertProblem(fixtures.put("/api/v1/movement/permits/" + id + "/decision", "{\"decision\":\"MAYBE\"}", police), 400, "decision");
		Http.Response rejected = fixtures.put("/api/v1/movement/permits/" + id + "/decision",
				"{\"decision\":\"REJECTED\",\"reason\":\"Không thuộc nhóm thiết yếu\"}", police);
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().has("qr")).isFalse();
		assertProblem(fixtures.put("/api/v1/movement/permits/" + id + "/decision", "{\"decision\":\"APPROVED\"}", police), 409, "decision");

		JsonNode pending = http().get("/api/v1/movement/permits?status=REJECTED", "Authorization", police).json();
		assertThat(pending.get("items").findValuesAsString("id")).contains(id);
		assertThat(http().get("/api/v1/movement/permits?status=REJECTED", "Authorization", otherWard).json().get("items")
				.findValuesAsString("id")).doesNotContain(id);
	}

	@Test
	void anOrganisationMustNameItsWorkersAsTheRegistryKnowsThem() {
		Registered worker = fixtures.resident(PeopleFixtures.PHUC_XA, null, false);
		String organisation = access().bearer(Role.ORGANISATION, Scope.of(PeopleFixtures.PHUC_XA));
		String wrongName = MovementFixtures.application(worker, "UTILITIES", today, today.plusDays(1), List.of("001"))
				.replace(worker.fullName(), "Lê Văn Khác");
		assertProblem(http().post("/api/v1/movement/permits", wrongName, "Authorization", organisation), 400, "cccd");
		String accentless = MovementFixtures.application(worker, "UTILITIES", today, today.plusDays(1), List.of("001"))
				.replace(worker.fullName(), vn.pccovid.core.VietnameseText.fold(worker.fullName()).toUpperCase());
		assertThat(http().post("/api/v1/movement/permits", accentless, "Authorization", organisation).status()).isEqualTo(201);
	}
}
