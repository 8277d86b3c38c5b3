package vn.pccovid.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.declaration.DeclarationFixtures.fileHealth;
import static vn.pccovid.declaration.DeclarationFixtures.fileMovement;
import static vn.pccovid.declaration.DeclarationFixtures.health;
import static vn.pccovid.declaration.DeclarationFixtures.movement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** A phone declares for its people: health (symptom codes checked) and movement (a signed QR checkpoints read). */
class DeclarationApiTest extends PlatformTest {

	@Autowired
	MovementDeclarations movementDeclarations;

	@Autowired
	List<HomeCards> homeCards;

	PeopleFixtures people;
	Registered me;
	String bearer;
	LocalDate today;

	@BeforeEach
	void signIn() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		me = people.adultWithPhone();
		bearer = people.citizenBearer(me.phone());
		today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Test
	void theCodesArePublicAndLabelledInTheCallersLanguage() {
		JsonNode codes = http().get("/api/v1/declarations/symptoms", "Accept-Language", "en").json();
		assertThat(codes.get("symptoms").findValuesAsString("code")).contains("FEVER", "COUGH", "SHORTNESS_OF_BREATH",
				"SORE_THROAT", "LOSS_OF_TASTE_OR_SMELL", "TIREDNESS");
		assertThat(codes.get("symptoms").get(0).get("label").asString()).isEqualTo("Fever");
		assertThat(codes.get("exposures").findValuesAsString("code")).containsExactly("CONTACT_WITH_CASE",
				"STAYED_IN_RED_ZONE", "ARRIVED_FROM_ABROAD");
		assertThat(http().get("/api/v1/declarations/symptoms").json().get("symptoms").get(0).get("label").asString())
				.isEqualTo("Sốt");
	}

	@Test
	void aHealthDeclarationWithASymptomIsFiledListedAndWarnsOnTheHomeScreen() {
		Http.Response filed = fileHealth(http(), bearer, me.id(), health(List.of("fever", "COUGH"), List.of(), today));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String id = filed.json().get("id").asString();

		JsonNode history = http().get("/api/v1/me/people/" + me.id() + "/declarations/health", "Authorization", bearer).json();
		assertThat(history.get("items")).hasSize(1);
		JsonNode item = history.get("items").get(0);
		assertThat(item.get("id").asString()).isEqualTo(id);
		assertThat(item.get("symptoms").get(0).asString()).isEqualTo("FEVER");
		assertThat(item.get("symptoms").get(1).asString()).isEqualTo("COUGH");
		assertThat(item.get("suspicious").asBoolean()).isTrue();
		assertThat(item.has("fullName")).as("the citizen's own history repeats no name").isFalse();

		List<HomeCard> cards = homeCards.stream().flatMap(c -> c.cardsFor(me.phone(), UUID.fromString(me.id())).stream())
				.filter(card -> card.kind().equals("declaration.suspicion")).toList();
		assertThat(cards).singleElement().satisfies(card -> assertThat(card.tone()).isEqualTo(HomeCard.Tone.WARNING));
	}

	@Test
	void aDeclarationWithoutSymptomsShowsNoWarning() {
		assertThat(fileHealth(http(), bearer, me.id(), health(List.of(), List.of(), today)).status()).isEqualTo(201);
		assertThat(homeCards.stream().flatMap(c -> c.cardsFor(me.phone(), UUID.fromString(me.id())).stream())
				.filter(card -> card.kind().equals("declaration.suspicion"))).isEmpty();
	}

	@Test
	void unknownCodesAndBadDatesAreRefusedNamingTheField() {
		JsonNode problem = assertProblem(fileHealth(http(), bearer, me.id(), health(List.of("FEVER", "HICCUPS"), List.of(), today)),
				400, "symptoms[1]");
		assertThat(problem.get("detail").asString()).contains("HICCUPS");
		assertProblem(fileHealth(http(), bearer, me.id(), health(List.of(), List.of("VISITED_MARS"), today)), 400, "exposures[0]");
		assertProblem(fileHealth(http(), bearer, me.id(), health(List.of(), List.of(), null)), 400, "date");
		assertProblem(fileHealth(http(), bearer, me.id(), health(List.of(), List.of(), today.plusDays(1))), 400, "date");
		assertProblem(fileHealth(http(), bearer, me.id(), health(List.of(), List.of(), today.minusDays(15))), 400, "date");
		assertProblem(fileHealth(http(), bearer, me.id(), "{\"symptoms\":\"FEVER\",\"date\":\"" + today + "\"}"), 400, "symptoms");
		assertProblem(fileHealth(http(), bearer, me.id(), "{\"symptomz\":[],\"date\":\"" + today + "\"}"), 400, "symptomz");
		assertThat(http().get("/api/v1/me/people/" + me.id() + "/declarations/health", "Authorization", bearer).json()
				.get("items")).as("nothing half-written").isEmpty();
	}

	@Test
	void aPhoneCannotDeclareForSomeoneNotOnIt() {
		Registered stranger = people.adultWithPhone();
		assertProblem(fileHealth(http(), bearer, stranger.id(), health(List.of("FEVER"), List.of(), today)), 404, null);
		assertProblem(fileMovement(http(), bearer, stranger.id(), movement("00001", "00004", today, "MOTORBIKE", "29A-123.45", null)),
				404, null);
		assertThat(http().get("/api/v1/me/people/" + stranger.id() + "/declarations/health", "Authorization", bearer).status())
				.isEqualTo(404);
		assertThat(fileHealth(http(), "", me.id(), health(List.of(), List.of(), today)).status()).isEqualTo(401);
	}

	@Test
	void aMovementDeclarationYieldsASignedQrThatCheckpointsReadAndVerifyOffline() throws Exception {
		Http.Response filed = fileMovement(http(), bearer, me.id(), movement("00001", "26734", today.plusDays(2), "PLANE", null, "vn 213"));
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String id = filed.json().get("id").asString();
		String qr = filed.json().get("qr").asString();
		assertThat(qr.length()).as("small enough for a checkpoint camera").isLessThan(260);

		DeclaredMovement read = movementDeclarations.readQr(qr).orElseThrow();
		assertThat(read.declaration()).isEqualTo(UUID.fromString(id));
		assertThat(read.person()).isEqualTo(UUID.fromString(me.id()));
		assertThat(read.fromWard().path()).isEqualTo("01.001.00001");
		assertThat(read.toWard().path()).isEqualTo("79.760.26734");
		assertThat(read.vehicle()).isEqualTo(new Vehicle(VehicleType.PLANE, null, "VN213", null));
		assertThat(read.date()).isEqualTo(today.plusDays(2));

		JWKSet keys = JWKSet.parse(http().get("/api/v1/keys/movement-declaration").body());
		JWSObject jws = JWSObject.parse(qr);
		assertThat(jws.verify(new ECDSAVerifier(keys.getKeyByKeyId(jws.getHeader().getKeyID()).toECKey()))).isTrue();
		assertThat(jws.getPayload().toString()).doesNotContain(me.fullName(), "00001", "26734");

		String[] parts = qr.split("\\.");
		String forgedPayload = com.nimbusds.jose.util.Base64URL.encode(jws.getPayload().toString()
				.replace(today.plusDays(2).toString(), today.plusDays(3).toString())).toString();
		assertThat(movementDeclarations.readQr(parts[0] + "." + forgedPayload + "." + parts[2])).as("altered date").isEmpty();
		assertThat(movementDeclarations.readQr(qr.substring(0, qr.length() - 2) + "AA")).as("altered signature").isEmpty();
		assertThat(movementDeclarations.readQr("not a qr")).isEmpty();

		JsonNode history = http().get("/api/v1/me/people/" + me.id() + "/declarations/movement", "Authorization", bearer).json();
		assertThat(history.get("items").get(0).get("id").asString()).isEqualTo(id);
		assertThat(movementDeclarations.readQr(history.get("items").get(0).get("qr").asString())).isPresent();
		Http.Response png = http().get("/api/v1/me/people/" + me.id() + "/declarations/movement/" + id + "/qr.png",
				"Authorization", bearer);
		assertThat(png.status()).isEqualTo(200);
		assertThat(png.contentType()).isEqualTo("image/png");
		String scanned = vn.pccovid.support.QrReading.text(pngBytes(id));
		assertThat(movementDeclarations.readQr(scanned)).as("the image scans to a QR checkpoints accept").isPresent();
	}

	private byte[] pngBytes(String declaration) throws Exception {
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/me/people/" + me.id()
				+ "/declarations/movement/" + declaration + "/qr.png")).header("Authorization", bearer).GET().build();
		return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
	}

	@Test
	void movementInputIsCheckedFieldByField() {
		assertProblem(fileMovement(http(), bearer, me.id(), movement("99999", "00004", today, "MOTORBIKE", "29A-123.45", null)), 400, "fromWard");
		assertProblem(fileMovement(http(), bearer, me.id(), movement("00001", "001", today, "MOTORBIKE", "29A-123.45", null)), 400, "toWard");
		assertProblem(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today, "ROCKET", "29A-123.45", null)), 400, "vehicle.type");
		assertProblem(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today, "MOTORBIKE", null, null)), 400, "vehicle.plate");
		assertProblem(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today, "MOTORBIKE", "not a plate!", null)), 400, "vehicle.plate");
		assertProblem(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today, "TRAIN", null, null)), 400, "vehicle.trip");
		assertProblem(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today, "BUS", null, null)), 400, "vehicle.trip");
		assertProblem(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today.minusDays(2), "BUS", "29B-111.11", null)), 400, "date");
		Map<String, Object> noPurpose = movement("00001", "00004", today, "BUS", "29B-111.11", null);
		noPurpose.put("purpose", "  ");
		assertProblem(fileMovement(http(), bearer, me.id(), noPurpose), 400, "purpose");
		Map<String, Object> noVehicle = movement("00001", "00004", today, "BUS", "29B-111.11", null);
		noVehicle.remove("vehicle");
		assertProblem(fileMovement(http(), bearer, me.id(), noVehicle), 400, "vehicle");
		assertThat(http().get("/api/v1/me/people/" + me.id() + "/declarations/movement", "Authorization", bearer).json()
				.get("items")).isEmpty();
		assertThat(fileMovement(http(), bearer, me.id(), movement("00001", "00004", today, "motorbike".toUpperCase(), "29a 123.45", null))
				.status()).isEqualTo(201);
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		assertThat(http().get("/v3/api-docs").body()).contains("/api/v1/me/people/{id}/declarations/health",
				"/api/v1/me/people/{id}/declarations/movement", "/api/v1/declarations/symptoms", "/api/v1/declarations/health",
				"/api/v1/keys/movement-declaration");
	}
}
