package vn.pccovid.personalqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.registry.Sex;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Scanners see only what their role allows, every scan is audited, and no forged code passes or breaks the endpoint. */
class QrVerifyApiTest extends PlatformTest {

	@Autowired
	AuditLog auditLog;

	PeopleFixtures fixtures;
	Registered person;
	String payload;

	@BeforeEach
	void qr() {
		fixtures = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		person = fixtures.adultWithPhone();
		payload = http().get("/api/v1/me/people/" + person.id() + "/qr", "Authorization", fixtures.citizenBearer(person.phone()))
				.json().get("payload").asString();
	}

	@Test
	void eachScanningRoleSeesWhatItMayAndTheScanIsAudited() {
		Scope ward = Scope.of(PeopleFixtures.PHUC_XA);
		Scope elsewhere = Scope.of(PeopleFixtures.TAN_DINH);
		for (Role role : List.of(Role.HEALTH_WORKER, Role.VACCINATION_STAFF, Role.EPIDEMIOLOGIST, Role.WARD_POLICE,
				Role.CHECKPOINT_OFFICER)) {
			JsonNode inScope = scan(payload, access().bearer(role, ward));
			assertThat(inScope.get("valid").asBoolean()).as(role.name()).isTrue();
			assertThat(inScope.get("kind").asString()).isEqualTo("APP");
			assertThat(inScope.get("person").get("id").asString()).as(role.name()).isEqualTo(person.id());
			assertThat(inScope.get("person").get("fullName").asString()).isEqualTo(person.fullName());
			assertThat(inScope.get("person").get("yearOfBirth").asInt()).isEqualTo(1990);
			assertThat(inScope.get("person").get("wardCode").asString()).isEqualTo("00001");

			JsonNode outOfScope = scan(payload, access().bearer(role, elsewhere));
			assertThat(outOfScope.get("valid").asBoolean()).isTrue();
			assertThat(outOfScope.get("person").get("id").isNull()).as(role.name()).isTrue();
			assertThat(outOfScope.get("person").get("wardCode").isNull()).isTrue();
			assertThat(outOfScope.get("person").get("fullName").asString()).isEqualTo(person.fullName());
		}
		JsonNode venue = scan(payload, access().bearer(Role.VENUE_OWNER, ward));
		assertThat(venue.get("valid").asBoolean()).isTrue();
		String[] words = person.fullName().split(" ");
		assertThat(venue.get("person").get("fullName").asString())
				.isEqualTo(words[0] + " " + words[1].charAt(0) + ". " + words[2].charAt(0) + ".");
		assertThat(venue.get("person").get("yearOfBirth").asInt()).isEqualTo(1990);
		assertThat(venue.get("person").get("id").isNull()).isTrue();
		assertThat(venue.toString()).doesNotContain(person.fullName()).doesNotContain(person.id());

		List<AuditEntry> entries = awaitAudit(UUID.fromString(person.id()), 11);
		assertThat(entries).allMatch(e -> e.action() == AuditAction.VERIFY);
		assertThat(entries).extracting(AuditEntry::roles).contains("VENUE_OWNER", "HEALTH_WORKER", "CHECKPOINT_OFFICER");
	}

	@Test
	void aScanIsAuditedWithTheGivenPurposeAndAnotherRolesPurposeIs400() {
		String body = PeopleFixtures.json(Map.of("payload", payload));
		String worker = access().bearer(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.PHUC_XA));
		Http.Response refused = http().post("/api/v1/personal-qr/verify?purpose=movement-control", body, "Authorization", worker);
		assertProblem(refused, 400, "purpose");
		assertThat(refused.body()).doesNotContain(person.fullName());
		assertThat(http().post("/api/v1/personal-qr/verify?purpose=vaccination", body, "Authorization", worker).status())
				.isEqualTo(200);
		List<AuditEntry> entries = awaitAudit(UUID.fromString(person.id()), 1);
		assertThat(entries).extracting(AuditEntry::purpose).containsExactly("vaccination");
	}

	@Test
	void rolesWithoutThePermissionAndCitizensAreRefused() {
		String body = PeopleFixtures.json(Map.of("payload", payload));
		assertProblem(http().post("/api/v1/personal-qr/verify", body), 401, null);
		assertProblem(http().post("/api/v1/personal-qr/verify", body, "Authorization", fixtures.citizenBearer(person.phone())), 403, null);
		for (Role role : List.of(Role.REGISTRY_OFFICER, Role.LOCAL_GOVERNMENT_OFFICER, Role.SYSTEM_ADMIN, Role.PARTNER_SYSTEM)) {
			assertProblem(http().post("/api/v1/personal-qr/verify", body, "Authorization", access().bearer(role, Scope.NATIONAL)), 403, null);
		}
	}

	@Test
	void forgedCodesGetTheirReasonAndNever500() throws Exception {
		String scanner = access().bearer(Role.CHECKPOINT_OFFICER, Scope.NATIONAL);
		String[] parts = payload.split("\\.");
		JWSObject original = JWSObject.parse(payload);
		Map<String, Object> claims = original.getPayload().toJSONObject();

		String longerLife = parts[0] + "." + b64("{\"jti\":\"" + claims.get("jti") + "\",\"exp\":4102444800,\"typ\":\"app\"}") + "." + parts[2];
		assertReason(scanner, longerLife, "BAD_SIGNATURE");
		assertReason(scanner, parts[0] + "." + parts[1] + "." + flip(parts[2]), "BAD_SIGNATURE");

		ECPrivateKey foreign = foreignKey();
		String kid = original.getHeader().getKeyID();
		assertReason(scanner, sign(foreign, kid, "forged-" + UUID.randomUUID()), "BAD_SIGNATURE");
		assertReason(scanner, sign(foreign, "nosuchkey", "forged-" + UUID.randomUUID()), "UNKNOWN_KEY");
		SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), new JWTClaimsSet.Builder()
				.jwtID((String) claims.get("jti")).expirationTime(new Date(4102444800000L)).claim("typ", "app").build());
		hmac.sign(new MACSigner(new byte[32]));
		assertReason(scanner, hmac.serialize(), "BAD_SIGNATURE");

		byte[] random = new byte[120];
		ThreadLocalRandom.current().nextBytes(random);
		for (String junk : List.of("a.b.c", "...", "eyJ.eyJ.x", "x".repeat(5000), Base64.getEncoder().encodeToString(random),
				parts[0] + "." + parts[1], new String(random, StandardCharsets.ISO_8859_1).replaceAll("[\\p{Cntrl}\\x80-\\x9f]", "?"))) {
			assertReason(scanner, junk, "MALFORMED");
		}
		// Control characters are refused for every JSON string before any endpoint sees them: a 400 naming the field.
		for (String junk : List.of(new String(random, StandardCharsets.ISO_8859_1) + "\u0001", "\u0000\u0001")) {
			assertProblem(http().post("/api/v1/personal-qr/verify", PeopleFixtures.json(Map.of("payload", junk)),
					"Authorization", scanner), 400, "payload");
		}
		assertProblem(http().post("/api/v1/personal-qr/verify", "{\"payload\":\"\"}", "Authorization", scanner), 400, "payload");
		assertProblem(http().post("/api/v1/personal-qr/verify", "{}", "Authorization", scanner), 400, "payload");
		assertReason(scanner, payload, null);
	}

	@Test
	void aChipCccdQrIsAcceptedWhenItMatchesTheRegistry() {
		String scanner = access().bearer(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.PHUC_XA));
		String card = card(person.cccd(), person.fullName().toUpperCase(), person.dateOfBirth(), person.sex());
		JsonNode valid = scan(card, scanner);
		assertThat(valid.get("valid").asBoolean()).as(valid.toString()).isTrue();
		assertThat(valid.get("kind").asString()).isEqualTo("CCCD");
		assertThat(valid.get("person").get("id").asString()).isEqualTo(person.id());
		assertThat(valid.get("person").get("fullName").asString()).isEqualTo(person.fullName());

		JsonNode wrongName = scan(card(person.cccd(), "Trần Thị Khác", person.dateOfBirth(), person.sex()), scanner);
		assertThat(wrongName.get("valid").asBoolean()).isFalse();
		assertThat(wrongName.get("reason").asString()).isEqualTo("NOT_REGISTERED");
		assertThat(wrongName.get("person").isNull()).isTrue();
		assertThat(scan(card(person.cccd(), person.fullName(), person.dateOfBirth().plusDays(1), person.sex()), scanner)
				.get("reason").asString()).isEqualTo("NOT_REGISTERED");
		assertThat(scan("001|||", scanner).get("reason").asString()).isEqualTo("MALFORMED");
	}

	private static String card(String cccd, String name, java.time.LocalDate birth, Sex sex) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("ddMMyyyy");
		return cccd + "||" + name + "|" + format.format(birth) + "|" + (sex == Sex.MALE ? "Nam" : "Nữ")
				+ "|Số 1 Hàng Bún, Phúc Xá, Ba Đình, Hà Nội|" + format.format(birth.plusYears(20));
	}

	private void assertReason(String scanner, String code, String reason) {
		Http.Response response = http().post("/api/v1/personal-qr/verify", PeopleFixtures.json(Map.of("payload", code)),
				"Authorization", scanner);
		assertThat(response.status()).as(code + " → " + response.body()).isEqualTo(200);
		if (reason == null) {
			assertThat(response.json().get("valid").asBoolean()).isTrue();
			return;
		}
		assertThat(response.json().get("valid").asBoolean()).isFalse();
		assertThat(response.json().get("reason").asString()).as(code).isEqualTo(reason);
		assertThat(response.json().get("person").isNull()).isTrue();
	}

	private JsonNode scan(String code, String bearer) {
		Http.Response response = http().post("/api/v1/personal-qr/verify", PeopleFixtures.json(Map.of("payload", code)),
				"Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private List<AuditEntry> awaitAudit(UUID citizen, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		List<AuditEntry> entries = List.of();
		while (System.nanoTime() < deadline) {
			entries = auditLog.about(List.of(citizen), null, 100).stream().filter(e -> e.action() == vn.pccovid.access.AuditAction.VERIFY).toList();
			if (entries.size() >= count) {
				return entries;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(entries).as("scans audited").hasSizeGreaterThanOrEqualTo(count);
		return entries;
	}

	private static String sign(ECPrivateKey key, String kid, String jti) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(), new JWTClaimsSet.Builder()
				.jwtID(jti).expirationTime(new Date(System.currentTimeMillis() + Duration.ofDays(400).toMillis())).claim("typ", "app").build());
		jwt.sign(new ECDSASigner(key));
		return jwt.serialize();
	}

	private static ECPrivateKey foreignKey() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return (ECPrivateKey) generator.generateKeyPair().getPrivate();
	}

	private static String b64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String flip(String signature) {
		char c = signature.charAt(10);
		return signature.substring(0, 10) + (c == 'A' ? 'B' : 'A') + signature.substring(11);
	}
}
