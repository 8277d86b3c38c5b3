package vn.pccovid.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Health staff file movement declarations for people without a phone: identity checked, only in their area. */
class StaffMovementDeclarationApiTest extends PlatformTest {

	static final AreaCode PHUC_XA = PeopleFixtures.PHUC_XA;
	static final AreaCode TAN_DINH = PeopleFixtures.TAN_DINH;

	@Autowired
	MovementDeclarations movementDeclarations;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	PeopleFixtures people;
	LocalDate today;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Test
	void staffFileAJourneyForSomeoneWithoutAPhoneAndGetASignedQr() {
		Registered grandmother = people.register(LocalDate.of(1944, 3, 8), null, PHUC_XA, null);
		String staff = access().bearer(Role.HEALTH_WORKER, Scope.of(PHUC_XA.parent()));

		Http.Response filed = record(staff, grandmother, grandmother.fullName().toLowerCase());
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		UUID id = UUID.fromString(filed.json().get("id").asString());
		DeclaredMovement read = movementDeclarations.readQr(filed.json().get("qr").asString()).orElseThrow();
		assertThat(read.declaration()).isEqualTo(id);
		assertThat(read.person()).isEqualTo(UUID.fromString(grandmother.id()));
		assertThat(read.vehicle()).isEqualTo(new Vehicle(VehicleType.BUS, "29B-111.11", null, null));
		assertThat(read.toWard().value()).isEqualTo("26734");

		JsonNode journeys = http().get("/api/v1/declarations/movement?limit=100", "Authorization", staff).json();
		assertThat(journeys.get("items").findValuesAsString("id")).contains(id.toString());
		assertThat(auditLog.about(List.of(UUID.fromString(grandmother.id())), null, 50))
				.anyMatch(e -> e.action() == AuditAction.CREATE && "movement-declaration".equals(e.what()));
		assertThat(jdbc.sql("SELECT filed_by FROM declaration.movement_declaration WHERE id = ?").param(id)
				.query(String.class).single()).isEqualTo("STAFF");
	}

	@Test
	void aMismatchingIdentityOrAPersonOutsideTheAreaIsRefusedAndNothingWritten() {
		Registered grandfather = people.register(LocalDate.of(1938, 5, 2), null, PHUC_XA, null);
		String inArea = access().bearer(Role.HEALTH_WORKER, Scope.of(PHUC_XA));
		String elsewhere = access().bearer(Role.HEALTH_WORKER, Scope.of(TAN_DINH));

		assertProblem(record(inArea, grandfather, "Nguyễn Văn Sai Tên"), 400, "fullName");
		JsonNode blind = assertProblem(record(elsewhere, grandfather, "Nguyễn Văn Sai Tên"), 404, null);
		assertThat(blind.has("field")).as("no hint which field differs to staff who may not read this citizen").isFalse();
		assertProblem(record(elsewhere, grandfather, grandfather.fullName()), 403, null);
		assertProblem(record(access().bearer(Role.VENUE_OWNER, Scope.of(PHUC_XA)), grandfather, grandfather.fullName()), 403, null);
		Registered citizen = people.adultWithPhone();
		assertProblem(record(people.citizenBearer(citizen.phone()), citizen, citizen.fullName()), 403, null);

		Map<String, Object> badWard = body(grandfather, grandfather.fullName());
		badWard.put("toWard", "99999");
		assertProblem(http().post("/api/v1/declarations/movement", PeopleFixtures.json(badWard), "Authorization", inArea), 400, "toWard");

		assertThat(jdbc.sql("SELECT count(*) FROM declaration.movement_declaration WHERE person_id = ?")
				.param(UUID.fromString(grandfather.id())).query(Long.class).single()).as("nothing written").isZero();
	}

	private Http.Response record(String bearer, Registered person, String name) {
		return http().post("/api/v1/declarations/movement", PeopleFixtures.json(body(person, name)), "Authorization", bearer);
	}

	private Map<String, Object> body(Registered person, String name) {
		Map<String, Object> body = new LinkedHashMap<>(DeclarationFixtures.movement("00001", "26734", today, "BUS", "29B-111.11", null));
		body.put("cccd", person.cccd());
		body.put("fullName", name);
		body.put("dateOfBirth", person.dateOfBirth().toString());
		return body;
	}
}
