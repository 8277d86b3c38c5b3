package vn.pccovid.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.declaration.DeclarationFixtures.fileMovement;
import static vn.pccovid.declaration.DeclarationFixtures.movement;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWKSet;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** The movement-declaration QR keys rotate: old QRs verify until their key is retired; only administrators rotate. */
class MovementKeyRotationApiTest extends PlatformTest {

	@Autowired
	MovementDeclarations movementDeclarations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signRotateOldQrVerifiesNewQrCarriesTheNewKidRetireRefusesTheOld() throws Exception {
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		Registered me = people.adultWithPhone();
		String bearer = people.citizenBearer(me.phone());
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
		String admin = adminBearer();

		String old = qr(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today, "MOTORBIKE", "29A-123.45", null)));
		String oldKid = JWSObject.parse(old).getHeader().getKeyID();

		Http.Response rotated = http().post("/api/v1/keys/movement-declaration/rotate", "", "Authorization", admin);
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		String newKid = rotated.json().get("kid").asString();
		assertThat(newKid).isNotEqualTo(oldKid);

		assertThat(movementDeclarations.readQr(old)).as("old QR after a rotation").isPresent();
		String fresh = qr(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today, "BUS", "29B-111.11", null)));
		assertThat(JWSObject.parse(fresh).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(movementDeclarations.readQr(fresh)).isPresent();

		JWKSet set = JWKSet.parse(http().get("/api/v1/keys/movement-declaration").body());
		assertThat(set.getKeys().get(0).getKeyID()).as("signing key first").isEqualTo(newKid);
		assertThat(set.getKeyByKeyId(oldKid)).isNotNull();

		assertProblem(http().post("/api/v1/keys/movement-declaration/" + newKid + "/retire", "", "Authorization", admin), 409, "kid");
		assertProblem(http().post("/api/v1/keys/movement-declaration/" + oldKid + "/retire", "", "Authorization",
				access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL)), 403, null);
		Http.Response retired = http().post("/api/v1/keys/movement-declaration/" + oldKid + "/retire", "", "Authorization", admin);
		assertThat(retired.status()).as(retired.body()).isEqualTo(200);
		assertProblem(http().post("/api/v1/keys/movement-declaration/" + oldKid + "/retire", "", "Authorization", admin), 404, null);

		assertThat(movementDeclarations.readQr(old)).as("retired key").isEmpty();
		assertThat(movementDeclarations.readQr(fresh)).isPresent();
		assertThat(JWKSet.parse(http().get("/api/v1/keys/movement-declaration").body()).getKeyByKeyId(oldKid)).isNull();
		assertThat(jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE what IN (?, ?)")
				.params("movement-declaration-key;rotate;" + newKid, "movement-declaration-key;retire;RETIRED;" + oldKid)
				.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void onlyTheSystemAdministratorRotates() {
		assertProblem(http().post("/api/v1/keys/movement-declaration/rotate", "", "Authorization",
				access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL)), 403, null);
		assertProblem(http().post("/api/v1/keys/movement-declaration/rotate", ""), 401, null);
	}

	@Test
	void theKeyAndStaffEndpointsAreDescribedInOpenApi() {
		String api = http().get("/v3/api-docs").body();
		assertThat(api).contains("/api/v1/keys/movement-declaration/rotate", "/api/v1/keys/movement-declaration/{kid}/retire",
				"/api/v1/keys/venue-qr/rotate", "/api/v1/keys/venue-qr/{kid}/retire", "/api/v1/venues/{id}/qr",
				"File a domestic movement declaration for someone without a phone");
	}

	private static String qr(Http.Response filed) {
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		return filed.json().get("qr").asString();
	}
}
