package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.*;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Identity verification for partner systems, and chip-CCCD QR parsing, over HTTP. */
class VerificationApiTest extends PlatformTest {

	@org.springframework.beans.factory.annotation.Autowired
	vn.pccovid.access.AuditLog auditLog;

	private Person person;
	private String partner;

	@BeforeEach
	void registerSomeone() {
		person = Person.in(PHUC_XA);
		registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		partner = access().bearer(Role.PARTNER_SYSTEM, Scope.NATIONAL);
	}

	@Test
	void matchesTheRegisteredIdentity() {
		JsonNode answer = verify(person.cccd(), person.fullName(), person.dateOfBirth().toString());
		assertThat(answer.get("match").asBoolean()).isTrue();
		assertThat(answer.properties()).extracting(Map.Entry::getKey).containsExactly("match");
		JsonNode toReader = verifyAs(access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person.cccd(), person.fullName(),
				person.dateOfBirth().toString());
		assertThat(toReader.get("match").asBoolean()).isTrue();
		assertThat(toReader.get("mismatches")).isEmpty();
	}

	@Test
	void verificationsOfRegisteredCitizensAreAudited() throws InterruptedException {
		String id = http().get("/api/v1/registry/citizens?q=" + person.cccd(), "Authorization",
				access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI))).json().get("items").get(0).get("id").asString();
		verify(person.cccd(), "Some Other Name", person.dateOfBirth().toString());
		java.util.UUID citizen = java.util.UUID.fromString(id);
		java.util.List<vn.pccovid.access.AuditEntry> verifications = java.util.List.of();
		for (int i = 0; i < 50 && verifications.isEmpty(); i++) {
			Thread.sleep(100);
			verifications = auditLog.about(java.util.List.of(citizen), null, 10).stream()
					.filter(entry -> entry.action() == vn.pccovid.access.AuditAction.VERIFY).toList();
		}
		assertThat(verifications).hasSize(1);
		assertThat(verifications.get(0).roles()).isEqualTo("PARTNER_SYSTEM");
		assertThat(verifications.get(0).purpose()).isEqualTo("identity-verification");
		assertThat(verifications.get(0).citizenArea()).isEqualTo(PHUC_XA.path());
	}

	@ParameterizedTest
	@ValueSource(strings = { "without diacritics", "upper case", "NFD", "extra spaces" })
	void matchesNamesWithoutDiacriticsInAnyCaseNormalisationOrSpacing(String variant) {
		String name = switch (variant) {
			case "without diacritics" -> vn.pccovid.core.VietnameseText.fold(person.fullName());
			case "upper case" -> person.fullName().toUpperCase();
			case "NFD" -> Normalizer.normalize(person.fullName(), Normalizer.Form.NFD);
			default -> "  " + person.fullName().replace(" ", "   ") + "\t";
		};
		assertThat(verify(person.cccd(), name, person.dateOfBirth().toString()).get("match").asBoolean()).isTrue();
	}

	@Test
	void namesTheFieldsThatDoNotMatchAndNothingElse() {
		JsonNode answer = verifyAs(access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person.cccd(), "Trần Văn Bình", "1990-03-06");
		assertThat(answer.get("match").asBoolean()).isFalse();
		assertThat(answer.get("mismatches")).extracting(JsonNode::asString).containsExactly("fullName", "dateOfBirth");
		assertThat(answer.toString()).doesNotContain(person.fullName()).doesNotContain("1990-03-05");
	}

	@Test
	void anUnknownCccdIsAMismatchOfCccdOnly() {
		JsonNode answer = verifyAs(access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), cccd("01", 1990, Sex.FEMALE),
				person.fullName(), person.dateOfBirth().toString());
		if (answer.get("match").asBoolean()) {
			return; // the random serial hit another test's citizen: vanishingly rare, nothing to check
		}
		assertThat(answer.get("mismatches")).extracting(JsonNode::asString).containsExactly("cccd");
	}

	@Test
	void badClaimsAre400NamingTheField() {
		assertProblem(post(body("123", person.fullName(), "1990-03-05")), 400, "cccd");
		assertProblem(post(body(null, person.fullName(), "1990-03-05")), 400, "cccd");
		assertProblem(post(body(person.cccd(), " ", "1990-03-05")), 400, "fullName");
		assertProblem(post(body(person.cccd(), person.fullName(), null)), 400, "dateOfBirth");
		assertProblem(post(body(person.cccd(), person.fullName(), "05/03/1990")), 400, "dateOfBirth");
		assertProblem(http().post("/api/v1/registry/verifications", "[]", "Authorization", partner), 400, null);
	}

	@Test
	void needsTheVerifyPermission() {
		assertProblem(http().post("/api/v1/registry/verifications", body(person.cccd(), person.fullName(), "1990-03-05")), 401, null);
		assertProblem(http().post("/api/v1/registry/verifications", body(person.cccd(), person.fullName(), "1990-03-05"),
				"Authorization", access().bearer(Role.VENUE_OWNER, Scope.of(HANOI))), 403, null);
		String otherProvince = access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(TAN_DINH));
		assertThat(http().post("/api/v1/registry/verifications", body(person.cccd(), person.fullName(), "1990-03-05"),
				"Authorization", otherProvince).json().get("match").asBoolean()).isTrue();
	}

	@Test
	void parsesAChipCardQrWithoutSigningIn() {
		String qr = Normalizer.normalize(CccdQrTest.QR, Normalizer.Form.NFD);
		Http.Response response = http().post("/api/v1/registry/cccd-qr/parse", json(Map.of("qr", qr)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode card = response.json();
		assertThat(card.get("cccd").asString()).isEqualTo("001190012345");
		assertThat(card.get("cmnd").asString()).isEqualTo("123456789");
		assertThat(card.get("fullName").asString()).isEqualTo("Nguyễn Thị Hồng Nhung");
		assertThat(card.get("dateOfBirth").asString()).isEqualTo("1990-03-05");
		assertThat(card.get("sex").asString()).isEqualTo("FEMALE");
		assertThat(card.get("issueDate").asString()).isEqualTo("2021-08-12");
	}

	@Test
	void badQrCodesAre400OnTheQrField() {
		assertProblem(http().post("/api/v1/registry/cccd-qr/parse", json(Map.of("qr", CccdQrTest.QR + "|"))), 400, "qr");
		assertProblem(http().post("/api/v1/registry/cccd-qr/parse", json(Map.of("qr", CccdQrTest.QR.replace("05031990", "31021990")))), 400, "qr");
		assertProblem(http().post("/api/v1/registry/cccd-qr/parse", json(Map.of("qr", ""))), 400, "qr");
		assertProblem(http().post("/api/v1/registry/cccd-qr/parse", "{}"), 400, "qr");
		assertProblem(http().post("/api/v1/registry/cccd-qr/parse", "{\"qr\": 5, \"x\": 1}"), 400, null);
		JsonNode english = http().post("/api/v1/registry/cccd-qr/parse", json(Map.of("qr", "a|b")), "Accept-Language", "en").json();
		assertThat(english.get("detail").asString()).contains("7 fields").contains("2");
	}

	private JsonNode verify(String cccd, String name, String dateOfBirth) {
		return verifyAs(partner, cccd, name, dateOfBirth);
	}

	private JsonNode verifyAs(String bearer, String cccd, String name, String dateOfBirth) {
		Http.Response response = http().post("/api/v1/registry/verifications", body(cccd, name, dateOfBirth), "Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private Http.Response post(String body) {
		return http().post("/api/v1/registry/verifications", body, "Authorization", partner);
	}

	private static String body(String cccd, String name, String dateOfBirth) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", cccd);
		body.put("fullName", name);
		body.put("dateOfBirth", dateOfBirth);
		return json(body);
	}
}
