package vn.pccovid.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.cases.CaseRecovered;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.QrReading;
import vn.pccovid.testing.SampleResulted;
import vn.pccovid.testing.TestOutcome;
import vn.pccovid.testing.TestType;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.DoseAdministered;

/**
 * Certificates end to end: issued from the vaccination, testing and cases events, listed for the phone, verified by
 * the platform and by an independent verifier written from the specification, foreign trust lists with a kid
 * collision, and the COVID card with a province's own rules.
 */
class CertificateApiTest extends PlatformTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	PeopleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
	}

	void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VIETNAM);
	}

	void dose(Registered person, int number, int series, LocalDate on) {
		publish(new DoseAdministered(UUID.fromString(person.id()), person.ward(),
				new AdministeredDose(UUID.randomUUID(), "PFIZER", "FK1234", number, series, on, "Trạm y tế phường Phúc Xá")));
	}

	JsonNode certificates(Registered person, String bearer, int expected) {
		await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/v1/me/people/" + person.id() + "/certificates",
				"Authorization", bearer).json().size() >= expected);
		return http().get("/api/v1/me/people/" + person.id() + "/certificates", "Authorization", bearer).json();
	}

	JsonNode verify(String hc1) {
		Http.Response response = http().post("/api/v1/certificates/verify", PeopleFixtures.json(Map.of("hc1", hc1)),
				"Authorization", access().bearer(Role.CHECKPOINT_OFFICER, Scope.NATIONAL));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void aDoseANegativeTestAndARecoveryEachIssueACertificateThatVerifiesHereAndIndependently() throws Exception {
		Registered me = fixtures.adultWithPhone();
		String bearer = fixtures.citizenBearer(me.phone());
		UUID person = UUID.fromString(me.id());
		dose(me, 1, 2, today().minusDays(30));
		Instant taken = clock.instant().minus(Duration.ofHours(10));
		publish(new SampleResulted(UUID.randomUUID(), person, TestType.RT_PCR, TestOutcome.NEGATIVE, null, taken,
				clock.instant(), me.ward(), "Trạm y tế phường Phúc Xá", "CDC Hà Nội"));
		publish(new SampleResulted(UUID.randomUUID(), person, TestType.RT_PCR, TestOutcome.POSITIVE, 22.0, taken,
				clock.instant(), me.ward(), "Trạm y tế phường Phúc Xá", "CDC Hà Nội"));
		publish(new CaseRecovered(UUID.randomUUID(), person, today().minusDays(40), today().minusDays(25)));

		JsonNode list = certificates(me, bearer, 3);
		Thread.sleep(300); // the positive result must not add a fourth
		list = http().get("/api/v1/me/people/" + me.id() + "/certificates", "Authorization", bearer).json();
		assertThat(list.size()).isEqualTo(3);
		List<String> kinds = new ArrayList<>();
		list.forEach(c -> kinds.add(c.get("kind").asString()));
		assertThat(kinds).containsExactlyInAnyOrder("VACCINATION", "TEST", "RECOVERY");

		Map<String, List<X509Certificate>> trusted = new HashMap<>();
		for (JsonNode entry : http().get("/api/v1/certificates/trust-list").json()) {
			X509Certificate certificate = IndependentDccVerifier.certificate(entry.get("certificate").asString());
			assertThat(entry.get("kid").asString()).isEqualTo(IndependentDccVerifier.kid(certificate));
			assertThat(entry.get("country").asString()).isEqualTo("VN");
			trusted.computeIfAbsent(entry.get("kid").asString(), k -> new ArrayList<>()).add(certificate);
		}
		IndependentDccVerifier independent = new IndependentDccVerifier(trusted);

		for (JsonNode certificate : list) {
			String hc1 = certificate.get("hc1").asString();
			assertThat(hc1).startsWith("HC1:");
			JsonNode result = verify(hc1);
			assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
			assertThat(result.get("reason").asString()).isEqualTo("ok");
			assertThat(result.get("kind").asString()).isEqualTo(certificate.get("kind").asString());
			assertThat(result.get("payload").get("dob").asString()).isEqualTo("1990-03-05");
			assertThat(result.get("payload").get("nam").get("fnt").asString()).isEqualTo("NGUYEN");
			assertThat(result.get("payload").get("nam").get("gnt").asString()).startsWith("VAN<X");

			IndependentDccVerifier.Outcome outcome = independent.verify(hc1);
			assertThat(outcome.signatureValid()).isTrue();
			assertThat(outcome.signer().getExtendedKeyUsage()).contains("1.3.6.1.4.1.1847.2021.1.1", "1.3.6.1.4.1.1847.2021.1.2",
					"1.3.6.1.4.1.1847.2021.1.3");
			assertThat(outcome.dcc().get("ver").AsString()).isEqualTo("1.3.0");
			assertThat(outcome.dcc().get("nam").get("fn").AsString()).isEqualTo("Nguyễn");
			assertThat(Instant.ofEpochSecond(outcome.expiresAt())).isEqualTo(Instant.parse(certificate.get("expiresAt").asString()));
			String key = switch (certificate.get("kind").asString()) {
				case "VACCINATION" -> "v";
				case "TEST" -> "t";
				default -> "r";
			};
			assertThat(outcome.dcc().get(key).get(0).get("co").AsString()).isEqualTo("VN");
			assertThat(outcome.dcc().get(key).get(0).get("ci").AsString()).startsWith("URN:UVCI:01:VN:");

			byte[] png = bytes("/api/v1/me/people/" + me.id() + "/certificates/" + certificate.get("id").asString() + "/qr.png", bearer);
			var decoded = QrReading.read(png);
			assertThat(decoded.getText()).isEqualTo(hc1);
			assertThat(decoded.getResultMetadata().get(com.google.zxing.ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("Q");
			byte[] pdf = bytes("/api/v1/me/people/" + me.id() + "/certificates/" + certificate.get("id").asString() + "/pdf", bearer);
			assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		}
	}

	@Test
	void onlyAPhoneThatActsForThePersonSeesTheirCertificatesAndCard() {
		Registered me = fixtures.adultWithPhone();
		Registered other = fixtures.adultWithPhone();
		String bearer = fixtures.citizenBearer(me.phone());
		assertProblem(http().get("/api/v1/me/people/" + other.id() + "/certificates", "Authorization", bearer), 404, null);
		assertProblem(http().get("/api/v1/me/people/" + other.id() + "/card", "Authorization", bearer), 404, null);
		assertProblem(http().get("/api/v1/me/people/" + me.id() + "/certificates"), 401, null);
		assertProblem(http().get("/api/v1/me/people/" + me.id() + "/card", "Authorization",
				access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL)), 403, null);
		assertProblem(http().post("/api/v1/certificates/verify", "{}", "Authorization", access().bearer(Role.CHECKPOINT_OFFICER,
				Scope.NATIONAL)), 400, "hc1");
		assertProblem(http().post("/api/v1/certificates/verify", "{\"hc1\":\"HC1:x\"}", "Authorization",
				access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL)), 403, null);
	}

	@Test
	void aForeignTrustListIsImportedAllOrNothingAndEveryCertificateUnderACollidingKidIsTried() throws Exception {
		ForeignIssuer germany = new ForeignIssuer("DE");
		ForeignIssuer decoy = new ForeignIssuer("DE");
		String kid = germany.kid();
		String hc1 = germany.hc1(kid, clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));
		assertThat(verify(hc1).get("reason").asString()).isEqualTo("unknown_kid");

		String admin = adminBearer();
		Http.Response imported = http().post("/api/v1/certificates/trust-lists",
				"[" + decoy.entry(kid) + "," + germany.entry(kid) + "]", "Authorization", admin);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
		JsonNode valid = verify(hc1);
		assertThat(valid.get("valid").asBoolean()).as(valid.toString()).isTrue();
		assertThat(valid.get("payload").get("nam").get("fn").asString()).isEqualTo("Mustermann");

		String forged = decoy.hc1(germany.kid(), clock.instant().minusSeconds(60), clock.instant().plusSeconds(600));
		assertThat(verify(forged).get("valid").asBoolean()).as("the decoy's own signature under the kid counts: it is listed").isTrue();
		ForeignIssuer stranger = new ForeignIssuer("FR");
		assertThat(verify(stranger.hc1(kid, clock.instant().minusSeconds(60), clock.instant().plusSeconds(600))).get("reason").asString())
				.isEqualTo("signature");

		assertProblem(http().post("/api/v1/certificates/trust-lists", "[]", "Authorization", admin), 400, "entries");
		assertProblem(http().post("/api/v1/certificates/trust-lists", "[" + stranger.entry(stranger.kid())
				+ ",{\"kid\":\"AAECAwQFBgc=\",\"certificate\":\"bm90IGEgY2VydA==\",\"country\":\"FR\"}]", "Authorization", admin),
				400, "entries[1].certificate");
		assertProblem(http().post("/api/v1/certificates/trust-lists", "[" + stranger.entry(stranger.kid()).replace("\"FR\"", "\"fr\"") + "]",
				"Authorization", admin), 400, "entries[0].country");
		assertThat(verify(hc1).get("valid").asBoolean()).as("a failed import kept the list").isTrue();
		assertProblem(http().post("/api/v1/certificates/trust-lists", "[" + stranger.entry(stranger.kid()) + "]", "Authorization",
				access().bearer(Role.PROVINCE_ADMIN, Scope.NATIONAL)), 403, null);
		assertThat(http().get("/api/v1/certificates/trust-list").body()).as("foreign signers are not republished").doesNotContain("\"DE\"");
	}

	@Test
	void rotationKeepsWhatTheOldSignerSignedVerifiable() {
		Registered me = fixtures.adultWithPhone();
		String bearer = fixtures.citizenBearer(me.phone());
		dose(me, 1, 2, today().minusDays(3));
		String old = certificates(me, bearer, 1).get(0).get("hc1").asString();
		Http.Response rotated = http().post("/api/v1/certificates/signers/rotate", "", "Authorization", adminBearer());
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		String newKid = rotated.json().get("kid").asString();
		dose(me, 2, 2, today().minusDays(1));
		certificates(me, bearer, 2);
		assertThat(verify(old).get("valid").asBoolean()).isTrue();
		List<String> kids = new ArrayList<>();
		http().get("/api/v1/certificates/trust-list").json().forEach(e -> kids.add(e.get("kid").asString()));
		assertThat(kids).contains(newKid).hasSizeGreaterThan(1);
	}

	@Test
	void theCardFollowsTheProvincesRulesAndItsQrShowsColourNameAndBirthDateOnly() {
		Registered me = fixtures.register(LocalDate.of(1985, 7, 9), PeopleFixtures.phone(), PeopleFixtures.TAN_DINH, null);
		String bearer = fixtures.citizenBearer(me.phone());
		assertThat(card(me, bearer).get("colour").asString()).isEqualTo("RED");
		dose(me, 2, 2, today().minusDays(14));
		await().atMost(Duration.ofSeconds(20)).until(() -> "GREEN".equals(card(me, bearer).get("colour").asString()));
		JsonNode card = card(me, bearer);
		assertThat(card.get("reason").asString()).isEqualTo("full-series");
		assertThat(Instant.parse(card.get("expiresAt").asString())).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plus(Duration.ofHours(1)));
		String qr = card.get("qr").asString();
		assertThat(qr).startsWith("PCC1:").doesNotContain(me.fullName());

		String venue = access().bearer(Role.VENUE_OWNER, Scope.of(PeopleFixtures.PHUC_XA));
		JsonNode scan = http().post("/api/v1/certificates/scan", PeopleFixtures.json(Map.of("payload", qr)), "Authorization", venue).json();
		assertThat(scan.get("valid").asBoolean()).as(scan.toString()).isTrue();
		assertThat(scan.get("colour").asString()).isEqualTo("GREEN");
		assertThat(scan.get("name").asString()).isEqualTo(me.fullName());
		assertThat(scan.get("dateOfBirth").asString()).isEqualTo("1985-07-09");
		assertThat(scan.propertyNames()).containsExactlyInAnyOrder("valid", "reason", "source", "colour", "name", "dateOfBirth");
		String tampered = qr.substring(0, qr.length() - 3) + (qr.endsWith("A") ? "B" : "A") + qr.substring(qr.length() - 2);
		assertThat(http().post("/api/v1/certificates/scan", PeopleFixtures.json(Map.of("payload", tampered)), "Authorization", venue)
				.json().get("valid").asBoolean()).isFalse();

		String admin79 = access().bearer(Role.PROVINCE_ADMIN, Scope.of(AreaCode.province("79")));
		String strict = "[{\"colour\":\"GREEN\",\"evidence\":\"FULL_SERIES\",\"minDays\":21},"
				+ "{\"colour\":\"YELLOW\",\"evidence\":\"NEGATIVE_TEST\",\"maxHours\":48,\"testTypes\":[\"RT_PCR\",\"RAPID_ANTIGEN\"]}]";
		try {
			assertProblem(put("/api/v1/certificates/card-rules/79", strict, access().bearer(Role.PROVINCE_ADMIN,
					Scope.of(AreaCode.province("01")))), 403, null);
			assertProblem(put("/api/v1/certificates/card-rules/79", "[{\"colour\":\"GREEN\",\"evidence\":\"NEGATIVE_TEST\"}]", admin79),
					400, "rules[0].maxHours");
			Http.Response saved = put("/api/v1/certificates/card-rules/79", strict, admin79);
			assertThat(saved.status()).as(saved.body()).isEqualTo(200);
			assertThat(saved.json().get("customised").asBoolean()).isTrue();
			assertThat(card(me, bearer).get("colour").asString()).as("21 days needed in province 79").isEqualTo("RED");
			dose(me, 2, 2, today().minusDays(21)); // an earlier record of the full series (a legacy import)
			await().atMost(Duration.ofSeconds(20)).until(() -> "GREEN".equals(card(me, bearer).get("colour").asString()));
		}
		finally {
			http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/certificates/card-rules/79")).DELETE(), "Authorization", admin79);
		}
		JsonNode rules = http().get("/api/v1/certificates/card-rules/79").json();
		assertThat(rules.get("customised").asBoolean()).isFalse();
		assertThat(rules.get("rules").size()).isEqualTo(4);
	}

	JsonNode card(Registered person, String bearer) {
		Http.Response response = http().get("/api/v1/me/people/" + person.id() + "/card", "Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	Http.Response put(String path, String body, String bearer) {
		return http().send(HttpRequest.newBuilder(http().uri(path)).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body)), "Authorization", bearer);
	}

	byte[] bytes(String path, String bearer) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(http().uri(path))
				.header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
