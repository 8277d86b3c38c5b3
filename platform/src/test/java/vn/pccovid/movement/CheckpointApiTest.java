package vn.pccovid.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Checkpoint scans decide by the province's rule set: a permit QR verified offline inside and outside its zones,
 * before, on and after its days, forged; a personal QR weighed against the person's permits; a province
 * administrator's new rule set changes decisions at once.
 */
class CheckpointApiTest extends PlatformTest {

	MovementFixtures fixtures;
	LocalDate today;
	String police;
	String officer;
	String inside;
	String outside;

	@BeforeEach
	void fixtures() {
		String registrar = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		fixtures = new MovementFixtures(http(), registrar, new PeopleFixtures(http(), registrar, adminBearer()));
		today = LocalDate.ofInstant(clock.instant(), PermitApiTest.VIETNAM);
		police = access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.PHUC_XA));
		officer = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("01")));
		inside = fixtures.checkpoint(police, "Chốt Phúc Xá", PeopleFixtures.PHUC_XA);
		outside = fixtures.checkpoint(access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.TRUC_BACH)), "Chốt Trúc Bạch",
				PeopleFixtures.TRUC_BACH);
	}

	private String approvedQr(Registered person, LocalDate from, LocalDate to, List<String> zones) {
		String organisation = access().bearer(Role.ORGANISATION, Scope.of(PeopleFixtures.PHUC_XA));
		return fixtures.approve(police, fixtures.apply(organisation, MovementFixtures.application(person, "HEALTH", from, to, zones)));
	}

	private JsonNode decision(String checkpoint, String qr) {
		Http.Response response = fixtures.scan(officer, checkpoint, qr, null);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void aPermitQrAllowsInsideItsZoneAndIsDeniedOutsideWithTheReason() {
		Registered worker = fixtures.resident(PeopleFixtures.PHUC_XA, null, false);
		String qr = approvedQr(worker, today, today.plusDays(2), List.of("00001"));
		JsonNode allowed = decision(inside, qr);
		assertThat(allowed.get("decision").asString()).isEqualTo("ALLOW");
		assertThat(allowed.get("reasons")).isEmpty();
		assertThat(allowed.get("person").get("fullName").asString()).isEqualTo(worker.fullName());
		assertThat(allowed.get("person").get("yearOfBirth").asInt()).isEqualTo(worker.dateOfBirth().getYear());
		assertThat(allowed.get("person").has("id")).as("a checkpoint shows name and year only").isFalse();

		JsonNode denied = decision(outside, qr);
		assertThat(denied.get("decision").asString()).isEqualTo("DENY");
		assertThat(denied.get("reasons").toString()).isEqualTo("[\"ZONE_NOT_ALLOWED\"]");

		String district = approvedQr(worker, today, today.plusDays(2), List.of("001"));
		assertThat(decision(outside, district).get("decision").asString()).as("a district zone holds its wards").isEqualTo("ALLOW");
	}

	@Test
	void aPermitIsValidFromItsFirstToItsLastDayInclusive() {
		Registered worker = fixtures.resident(PeopleFixtures.PHUC_XA, null, false);
		String tomorrow = approvedQr(worker, today.plusDays(1), today.plusDays(1), List.of("00001"));
		assertThat(decision(inside, tomorrow).get("reasons").toString()).isEqualTo("[\"PERMIT_NOT_YET_VALID\"]");
		String todayOnly = approvedQr(worker, today, today, List.of("00001"));
		assertThat(decision(inside, todayOnly).get("decision").asString()).isEqualTo("ALLOW");

		clock.advance(Duration.ofDays(1));
		officer = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("01")));
		assertThat(decision(inside, todayOnly).get("reasons").toString()).as("the day after its last day").isEqualTo("[\"PERMIT_EXPIRED\"]");
		assertThat(decision(inside, tomorrow).get("decision").asString()).isEqualTo("ALLOW");
		clock.advance(Duration.ofDays(1));
		officer = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("01")));
		assertThat(decision(inside, tomorrow).get("reasons").toString()).isEqualTo("[\"PERMIT_EXPIRED\"]");
	}

	@Test
	void aForgedPermitQrIsDeniedWithoutNamingAnyone() throws Exception {
		Registered worker = fixtures.resident(PeopleFixtures.PHUC_XA, null, false);
		String qr = approvedQr(worker, today, today.plusDays(2), List.of("00001"));
		JWSObject genuine = JWSObject.parse(qr);
		assertThat(genuine.verify(new ECDSAVerifier(JWKSet.parse(http().get("/api/v1/keys/movement-permit").body())
				.getKeyByKeyId(genuine.getHeader().getKeyID()).toECKey()))).as("verifiable offline with the published key").isTrue();

		// The same claims with a wider zone, under the genuine header but signed by another key.
		var generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		Map<String, Object> claims = new java.util.HashMap<>(genuine.getPayload().toJSONObject());
		claims.put("z", List.of("01"));
		JWSObject forged = new JWSObject(genuine.getHeader(), new Payload(claims));
		forged.sign(new ECDSASigner((ECPrivateKey) generator.generateKeyPair().getPrivate()));
		JsonNode denied = decision(outside, forged.serialize());
		assertThat(denied.get("decision").asString()).isEqualTo("DENY");
		assertThat(denied.get("reasons").toString()).isEqualTo("[\"PERMIT_FORGED\"]");
		assertThat(denied.get("person").isNull()).isTrue();

		String[] parts = qr.split("\\.");
		String tampered = parts[0] + "." + new JWSObject(genuine.getHeader(), new Payload(claims)).getPayload().toBase64URL() + "." + parts[2];
		assertThat(decision(outside, tampered).get("reasons").toString()).isEqualTo("[\"PERMIT_FORGED\"]");

		JWSObject unknownKey = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("permit")).keyID("permit-other").build(),
				new Payload(claims));
		unknownKey.sign(new ECDSASigner((ECPrivateKey) generator.generateKeyPair().getPrivate()));
		assertThat(decision(outside, unknownKey.serialize()).get("reasons").toString()).isEqualTo("[\"PERMIT_FORGED\"]");
		assertThat(decision(outside, "hello").get("reasons").toString()).isEqualTo("[\"QR_NOT_RECOGNISED\"]");
	}

	@Test
	void aPersonalQrIsWeighedAgainstThePersonsApprovedPermits() {
		Registered traveller = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), false);
		String bearer = fixtures.people().citizenBearer(traveller.phone());
		String personal = http().get("/api/v1/me/people/" + traveller.id() + "/qr", "Authorization", bearer).json().get("payload").asString();
		JsonNode without = decision(inside, personal);
		assertThat(without.get("reasons").toString()).isEqualTo("[\"NO_PERMIT\"]");
		assertThat(without.get("person").get("fullName").asString()).isEqualTo(traveller.fullName());
		assertThat(without.get("kind").asString()).isEqualTo("APP");

		approvedQr(traveller, today, today.plusDays(1), List.of("00001"));
		assertThat(decision(inside, personal).get("decision").asString()).isEqualTo("ALLOW");
		assertThat(decision(outside, personal).get("reasons").toString()).isEqualTo("[\"ZONE_NOT_ALLOWED\"]");
	}

	@Test
	void scansNeedTheRightInputAndAnOfficerOfTheArea() {
		assertProblem(fixtures.scan(officer, inside, " ", null), 400, "qr");
		assertProblem(fixtures.scan(officer, inside, "x", "29A-123!"), 400, "plate");
		String elsewhere = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("79")));
		assertProblem(fixtures.scan(elsewhere, inside, "x", null), 403, null);
		assertProblem(fixtures.scan(officer, "6f1c1a52-0000-4000-8000-000000000000", "x", null), 404, null);
		assertProblem(http().post("/api/v1/movement/checkpoints", "{\"name\":\"Chốt\",\"wardCode\":\"001\"}", "Authorization", police),
				400, "wardCode");
		assertProblem(http().post("/api/v1/movement/checkpoints", "{\"name\":\"Chốt\",\"wardCode\":\"00004\"}", "Authorization", police),
				403, null);
		assertProblem(http().post("/api/v1/movement/checkpoints", "{\"name\":\"\",\"wardCode\":\"00001\"}", "Authorization", police),
				400, "name");
		JsonNode plated = fixtures.scan(officer, inside, "x", "29a-123.45").json();
		assertThat(plated.get("decision").asString()).isEqualTo("DENY");
	}

	@Test
	void aProvinceAdministratorsRuleSetChangesDecisionsAtOnce() {
		AreaCode saigon = AreaCode.province("79");
		String police79 = access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.TAN_DINH));
		String checkpoint = fixtures.checkpoint(police79, "Chốt Tân Định", PeopleFixtures.TAN_DINH);
		Registered traveller = fixtures.resident(PeopleFixtures.TAN_DINH, PeopleFixtures.phone(), false);
		String personal = http().get("/api/v1/me/people/" + traveller.id() + "/qr", "Authorization",
				fixtures.people().citizenBearer(traveller.phone())).json().get("payload").asString();
		String scanner = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(saigon));
		assertThat(fixtures.scan(scanner, checkpoint, personal, null).json().get("reasons").toString()).isEqualTo("[\"NO_PERMIT\"]");

		String admin = access().bearer(Role.PROVINCE_ADMIN, Scope.of(saigon));
		Http.Response replaced = fixtures.put("/api/v1/movement/rules/79", "{\"rules\":[{\"code\":\"CASE_STATUS\",\"parameter\":\"F0\"}]}", admin);
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.json().get("own").asBoolean()).isTrue();
		assertThat(fixtures.scan(scanner, checkpoint, personal, null).json().get("decision").asString()).isEqualTo("ALLOW");

		assertProblem(fixtures.put("/api/v1/movement/rules/79", "{\"rules\":[{\"code\":\"NOPE\"}]}", admin), 400, "rules[0].code");
		assertProblem(fixtures.put("/api/v1/movement/rules/79", "{\"rules\":[{\"code\":\"VACCINATION\",\"parameter\":\"two\"}]}", admin),
				400, "rules[0].parameter");
		assertProblem(fixtures.put("/api/v1/movement/rules/79", "{\"rules\":[]}", access().bearer(Role.PROVINCE_ADMIN,
				Scope.of(AreaCode.province("01")))), 403, null);
		assertProblem(fixtures.put("/api/v1/movement/rules/79", "{\"rules\":[]}", police79), 403, null);

		assertThat(fixtures.put("/api/v1/movement/rules/79", "{\"rules\":[{\"code\":\"permit\"}]}", admin).status()).isEqualTo(200);
		assertThat(fixtures.scan(scanner, checkpoint, personal, null).json().get("reasons").toString()).isEqualTo("[\"NO_PERMIT\"]");
		assertThat(http().get("/api/v1/movement/rules/01", "Authorization", officer).json().get("own").asBoolean())
				.as("Hà Nội keeps the default set").isFalse();
	}
}
