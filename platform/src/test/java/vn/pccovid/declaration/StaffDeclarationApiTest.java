package vn.pccovid.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.declaration.DeclarationFixtures.fileHealth;
import static vn.pccovid.declaration.DeclarationFixtures.health;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Health staff file declarations for people without a phone (identity checked against the registry, only in their
 * area) and list their area's declarations (filters, keyset pages, every read audited, other areas refused).
 */
class StaffDeclarationApiTest extends PlatformTest {

	static final AreaCode PHUC_XA = PeopleFixtures.PHUC_XA;
	static final AreaCode TAN_DINH = PeopleFixtures.TAN_DINH;
	static final AreaCode KHANH_THUAN = AreaCode.ward("96", "966", "32048");

	@Autowired
	AuditLog auditLog;

	PeopleFixtures people;
	LocalDate today;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Test
	void healthStaffDeclareForSomeoneWithoutAPhoneAndSeeItInTheirAreasList() {
		Registered grandmother = people.register(LocalDate.of(1941, 7, 9), null, PHUC_XA, null);
		String staff = access().bearer(Role.HEALTH_WORKER, Scope.of(PHUC_XA.parent()));

		Http.Response filed = record(staff, grandmother, grandmother.fullName().toUpperCase(), List.of("SHORTNESS_OF_BREATH"));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String id = filed.json().get("id").asString();

		JsonNode item = find(list(staff, "suspicious=true&symptom=SHORTNESS_OF_BREATH&from=" + today), id);
		assertThat(item).as("in the area's list").isNotNull();
		assertThat(item.get("fullName").asString()).isEqualTo(grandmother.fullName());
		assertThat(item.get("yearOfBirth").asInt()).isEqualTo(1941);
		assertThat(item.get("ward").asString()).isEqualTo("00001");
		assertThat(item.get("filedBy").asString()).isEqualTo("STAFF");
		assertThat(find(list(staff, "symptom=FEVER&from=" + today), id)).as("filtered out by symptom").isNull();
		assertThat(find(list(staff, "exposure=ARRIVED_FROM_ABROAD&from=" + today), id)).as("filtered out by exposure").isNull();
		assertThat(find(list(staff, "to=" + today.minusDays(1)), id)).as("filtered out by date").isNull();

		awaitAudit(grandmother.id(), AuditAction.READ, "health-declaration");
		awaitAudit(grandmother.id(), AuditAction.CREATE, "health-declaration");
	}

	@Test
	void aDeclarationForSomeoneElseWithAMismatchingIdentityIsRefused() {
		Registered grandfather = people.register(LocalDate.of(1939, 2, 1), null, PHUC_XA, null);
		String inArea = access().bearer(Role.HEALTH_WORKER, Scope.of(PHUC_XA));
		String elsewhere = access().bearer(Role.HEALTH_WORKER, Scope.of(TAN_DINH));

		assertProblem(record(inArea, grandfather, "Nguyễn Văn Sai Tên", List.of("FEVER")), 400, "fullName");
		JsonNode blind = assertProblem(record(elsewhere, grandfather, "Nguyễn Văn Sai Tên", List.of("FEVER")), 404, null);
		assertThat(blind.has("field")).as("no hint which field differs to staff who may not read this citizen").isFalse();
		assertProblem(record(elsewhere, grandfather, grandfather.fullName(), List.of("FEVER")), 403, null);
		assertProblem(record(access().bearer(Role.VENUE_OWNER, Scope.of(PHUC_XA)), grandfather, grandfather.fullName(), List.of()), 403, null);

		JsonNode all = list(access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL), "from=" + today + "&limit=100");
		assertThat(all.get("items").findValuesAsString("personId")).as("nothing written").doesNotContain(grandfather.id());
	}

	@Test
	void aCitizenMayNotDeclareThroughTheStaffEndpointNorStaffThroughTheCitizens() {
		Registered me = people.adultWithPhone();
		String citizen = people.citizenBearer(me.phone());
		assertThat(record(citizen, me, me.fullName(), List.of()).status()).isEqualTo(403);
		assertThat(fileHealth(http(), access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL), me.id(),
				health(List.of(), List.of(), today)).status()).isEqualTo(403);
	}

	@Test
	void theListIsScopedPagedAndCheckedParameterByParameter() {
		Registered first = people.register(LocalDate.of(1970, 1, 1), null, KHANH_THUAN, null);
		Registered second = people.register(LocalDate.of(1971, 1, 1), null, KHANH_THUAN, null);
		String ward = access().bearer(Role.HEALTH_WORKER, Scope.of(KHANH_THUAN));
		String a = record(ward, first, first.fullName(), List.of()).json().get("id").asString();
		String b = record(ward, second, second.fullName(), List.of("COUGH")).json().get("id").asString();

		JsonNode page1 = list(ward, "limit=1");
		assertThat(page1.get("items").get(0).get("id").asString()).isEqualTo(b);
		JsonNode page2 = list(ward, "limit=1&after=" + page1.get("next").asLong());
		assertThat(page2.get("items").get(0).get("id").asString()).isEqualTo(a);
		assertThat(page2.get("next").isNull()).isTrue();

		String otherWard = access().bearer(Role.HEALTH_WORKER, Scope.of(TAN_DINH));
		assertThat(list(otherWard, "limit=100").get("items").findValuesAsString("id")).doesNotContain(a, b);
		assertProblem(http().get("/api/v1/declarations/health?area=32048", "Authorization", otherWard), 403, null);
		assertThat(list(access().bearer(Role.EPIDEMIOLOGIST, Scope.of(KHANH_THUAN.parent().parent())), "area=32048")
				.get("items")).hasSize(2);

		assertProblem(http().get("/api/v1/declarations/health?symptom=HICCUPS", "Authorization", ward), 400, "symptom");
		assertProblem(http().get("/api/v1/declarations/health?from=" + today + "&to=" + today.minusDays(1), "Authorization", ward), 400, "to");
		assertProblem(http().get("/api/v1/declarations/health?limit=0", "Authorization", ward), 400, "limit");
		assertProblem(http().get("/api/v1/declarations/health?purpose=marketing", "Authorization", ward), 400, "purpose");
		assertProblem(http().get("/api/v1/declarations/health", "Authorization", access().bearer(Role.VENUE_OWNER, Scope.of(KHANH_THUAN))), 403, null);
		assertProblem(http().get("/api/v1/declarations/health"), 401, null);
	}

	@Test
	void movementListsShowJourneysOfTheAreasResidentsAndIntoIt() {
		Registered traveller = people.adultWithPhone();
		String bearer = people.citizenBearer(traveller.phone());
		Http.Response filed = DeclarationFixtures.fileMovement(http(), bearer, traveller.id(),
				DeclarationFixtures.movement("00001", "32048", today, "BUS", null, "HN-CM 07"));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String id = filed.json().get("id").asString();
		String destination = access().bearer(Role.HEALTH_WORKER, Scope.of(KHANH_THUAN));
		JsonNode journeys = http().get("/api/v1/declarations/movement?limit=100", "Authorization", destination).json();
		assertThat(journeys.get("items").findValuesAsString("id")).contains(id);
		assertThat(http().get("/api/v1/declarations/movement?limit=100", "Authorization",
				access().bearer(Role.HEALTH_WORKER, Scope.of(TAN_DINH))).json().get("items").findValuesAsString("id")).doesNotContain(id);
	}

	private Http.Response record(String bearer, Registered person, String name, List<String> symptoms) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", person.cccd());
		body.put("fullName", name);
		body.put("dateOfBirth", person.dateOfBirth().toString());
		body.put("symptoms", symptoms);
		body.put("exposures", List.of());
		body.put("date", today.toString());
		return http().post("/api/v1/declarations/health", PeopleFixtures.json(body), "Authorization", bearer);
	}

	private JsonNode list(String bearer, String query) {
		Http.Response response = http().get("/api/v1/declarations/health?" + query, "Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode find(JsonNode page, String id) {
		for (JsonNode item : page.get("items")) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		return null;
	}

	private void awaitAudit(String citizenId, AuditAction action, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		List<AuditEntry> found = List.of();
		while (System.nanoTime() < deadline && found.isEmpty()) {
			found = auditLog.about(List.of(UUID.fromString(citizenId)), null, 50).stream()
					.filter(e -> e.action() == action && what.equals(e.what())).toList();
			if (found.isEmpty()) {
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
		assertThat(found).as(action + " " + what + " audited").isNotEmpty();
	}
}
