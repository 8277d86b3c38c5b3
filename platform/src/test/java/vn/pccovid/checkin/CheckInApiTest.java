package vn.pccovid.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Venues, check-ins both ways, batches and visitor logs over HTTP, as each role may use them. */
class CheckInApiTest extends PlatformTest {

	@Autowired
	AuditLog auditLog;

	CheckInFixtures venues;
	PeopleFixtures people;
	Registered person;
	String citizen;

	@BeforeEach
	void fixtures() {
		venues = new CheckInFixtures(http(), access());
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		person = people.adultWithPhone();
		citizen = people.citizenBearer(person.phone());
	}

	@Test
	void ownerRegistersStaffApprovesCitizenChecksInAndStaffOfTheWardSeeWho() {
		JsonNode venue = venues.pendingVenue(venues.owner, "Chợ Long Biên");
		String id = venue.get("id").asString();
		assertThat(venue.get("status").asString()).isEqualTo("PENDING");
		String qr = venue.get("qr").asString();

		Http.Response early = venues.checkIn(citizen, person.id(), qr);
		assertThat(assertProblem(early, 409, "venue").get("detail").asString()).contains("chưa được phê duyệt");

		assertThat(venues.setStatus(id, "APPROVED", null).json().get("status").asString()).isEqualTo("APPROVED");
		Http.Response checkIn = venues.checkIn(citizen, person.id(), qr);
		assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(201);
		assertThat(checkIn.json().get("venue").get("id").asString()).isEqualTo(id);
		assertThat(checkIn.json().get("venue").get("name").asString()).isEqualTo("Chợ Long Biên");
		String checkInId = checkIn.json().get("id").asString();

		JsonNode mine = http().get("/api/v1/me/people/" + person.id() + "/checkins", "Authorization", citizen).json();
		assertThat(mine.get("items").get(0).get("id").asString()).isEqualTo(checkInId);
		assertThat(mine.get("items").get(0).get("via").asString()).isEqualTo("APP");

		JsonNode log = visitors(id, venues.wardStaff);
		assertThat(log.get("items")).hasSize(1);
		assertThat(log.get("items").get(0).get("personId").asString()).isEqualTo(person.id());
		assertThat(log.get("items").get(0).get("fullName").asString()).isEqualTo(person.fullName());
		List<AuditEntry> reads = auditLog.about(List.of(UUID.fromString(person.id())), null, 10);
		assertThat(reads).anyMatch(entry -> entry.what() != null && entry.what().startsWith("visitors:" + id));

		JsonNode owners = visitors(id, venues.owner);
		assertThat(owners.get("items")).hasSize(1);
		assertThat(owners.get("items").get(0).get("personId").isNull()).isTrue();
		assertThat(owners.get("items").get(0).get("fullName").isNull()).isTrue();
		assertThat(owners.get("items").get(0).get("at").asString()).isNotBlank();
		assertThat(owners.toString()).doesNotContain(person.id()).doesNotContain(person.fullName());

		assertProblem(http().get("/api/v1/venues/" + id + "/visitors", "Authorization", venues.otherWardStaff), 403, null);
		assertProblem(http().get("/api/v1/venues/" + id + "/visitors", "Authorization", venues.otherOwner), 403, null);
		assertProblem(http().get("/api/v1/venues/" + id + "/visitors", "Authorization",
				access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL)), 403, null);
	}

	@Test
	void forgedOrAlteredVenueQrIsRefused() throws Exception {
		JsonNode venue = venues.approvedVenue("Siêu thị Phúc Xá");
		JsonNode other = venues.approvedVenue("Nhà thuốc Phúc Xá");
		String qr = venue.get("qr").asString();
		String[] parts = qr.split("\\.");

		// Altered: the other venue's id in the payload, the original signature kept.
		String claims = "{\"typ\":\"venue\",\"sub\":\"" + other.get("id").asString() + "\"}";
		String altered = parts[0] + "." + b64(claims) + "." + parts[2];
		assertProblem(venues.checkIn(citizen, person.id(), altered), 400, "venueQr");

		// Forged: well-formed, signed by a key that is not the platform's, with the platform's key id.
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		String kid = JWSObject.parse(qr).getHeader().getKeyID();
		JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(),
				new Payload(Map.of("typ", "venue", "sub", venue.get("id").asString())));
		forged.sign(new ECDSASigner((ECPrivateKey) generator.generateKeyPair().getPrivate()));
		JsonNode problem = assertProblem(venues.checkIn(citizen, person.id(), forged.serialize()), 400, "venueQr");
		assertThat(problem.get("detail").asString()).contains("chữ ký");

		// A flipped character in the signature, and text that is no venue QR at all.
		String flipped = qr.substring(0, qr.length() - 3) + (qr.charAt(qr.length() - 3) == 'A' ? 'B' : 'A') + qr.substring(qr.length() - 2);
		assertProblem(venues.checkIn(citizen, person.id(), flipped), 400, "venueQr");
		assertProblem(venues.checkIn(citizen, person.id(), "https://example.com/not-a-venue"), 400, "venueQr");
		assertProblem(venues.checkIn(citizen, person.id(), ""), 400, "venueQr");

		assertThat(venues.checkIn(citizen, person.id(), qr).status()).isEqualTo(201);
		assertThat(http().get("/api/v1/me/people/" + person.id() + "/checkins", "Authorization", citizen).json()
				.get("items")).hasSize(1);
	}

	@Test
	void suspendedVenueRefusesCheckInsOfEveryKind() {
		JsonNode venue = venues.approvedVenue("Quán cà phê Phúc Xá");
		String id = venue.get("id").asString();
		assertProblem(venues.setStatus(id, "SUSPENDED", null), 400, "reason");
		assertProblem(venues.setStatus(id, "CLOSED", "x"), 400, "status");
		assertThat(venues.setStatus(id, "SUSPENDED", "Có ca F0 đến, đang phun khử khuẩn").status()).isEqualTo(200);

		JsonNode problem = assertProblem(venues.checkIn(citizen, person.id(), venue.get("qr").asString()), 409, "venue");
		assertThat(problem.get("detail").asString()).contains("tạm dừng");
		assertProblem(http().post("/api/v1/venues/" + id + "/scans", "{\"qr\":\"" + personalQr() + "\"}",
				"Authorization", venues.owner), 409, "venue");
		JsonNode batch = batch(venues.owner, List.of(item(UUID.randomUUID(), id, personalQr(), clock.instant()))).json();
		assertThat(batch.get("accepted").asInt()).isZero();
		assertThat(batch.get("rejected").get(0).get("reason").asString()).isEqualTo("VENUE_SUSPENDED");
	}

	@Test
	void staffOfAnotherWardMayNotApproveAndOwnersMayNotApprove() {
		JsonNode venue = venues.pendingVenue(venues.owner, "Trường tiểu học Phúc Xá");
		String id = venue.get("id").asString();
		Http.Response other = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/venues/" + id + "/status"))
				.header("Content-Type", "application/json")
				.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"APPROVED\"}")), "Authorization", venues.otherWardStaff);
		assertProblem(other, 403, null);
		Http.Response owner = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/venues/" + id + "/status"))
				.header("Content-Type", "application/json")
				.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"APPROVED\"}")), "Authorization", venues.owner);
		assertProblem(owner, 403, null);
		assertThat(http().get("/api/v1/venues/" + id, "Authorization", venues.otherOwner).status()).isEqualTo(403);
		assertThat(http().get("/api/v1/venues/" + id, "Authorization", venues.owner).json().get("status").asString())
				.isEqualTo("PENDING");
	}

	@Test
	void badVenuesAreRefusedNamingTheField() {
		assertProblem(register("{\"name\":\"A\",\"type\":\"CASINO\",\"wardCode\":\"00001\",\"address\":\"x\"}"), 400, "type");
		assertProblem(register("{\"name\":\"A\",\"type\":\"MARKET\",\"wardCode\":\"001\",\"address\":\"x\"}"), 400, "wardCode");
		assertProblem(register("{\"name\":\"A\",\"type\":\"MARKET\",\"wardCode\":\"99999\",\"address\":\"x\"}"), 400, "wardCode");
		assertProblem(register("{\"name\":\" \",\"type\":\"MARKET\",\"wardCode\":\"00001\",\"address\":\"x\"}"), 400, "name");
		assertProblem(register("{\"name\":\"A\",\"type\":\"MARKET\",\"wardCode\":\"00001\",\"address\":\"x\",\"latitude\":21}"), 400, "longitude");
		assertProblem(register("{\"name\":\"A\",\"type\":\"MARKET\",\"wardCode\":\"00001\",\"address\":\"x\",\"latitude\":48.8,\"longitude\":2.3}"), 400, "latitude");
		// Tân Định (Hồ Chí Minh City) lies outside the owner's scope (Ba Đình).
		assertProblem(register("{\"name\":\"A\",\"type\":\"MARKET\",\"wardCode\":\"26734\",\"address\":\"x\"}"), 403, null);
		assertProblem(http().post("/api/v1/venues", "{\"name\":\"A\",\"type\":\"MARKET\",\"wardCode\":\"00001\",\"address\":\"x\"}",
				"Authorization", venues.wardStaff), 403, null);
	}

	@Test
	void venueScansAPersonalQrOnItsOwnVenuesOnly() {
		JsonNode venue = venues.approvedVenue("Nhà hàng Phúc Xá");
		String id = venue.get("id").asString();
		Http.Response scan = http().post("/api/v1/venues/" + id + "/scans", "{\"qr\":\"" + personalQr() + "\"}",
				"Authorization", venues.owner);
		assertThat(scan.status()).as(scan.body()).isEqualTo(201);
		assertThat(scan.json().get("person").get("fullName").asString()).startsWith("Nguyễn V. X.");
		assertThat(scan.json().get("person").get("id").isNull()).isTrue();
		assertThat(http().get("/api/v1/me/people/" + person.id() + "/checkins", "Authorization", citizen).json()
				.get("items").get(0).get("via").asString()).isEqualTo("VENUE_SCAN");

		assertProblem(http().post("/api/v1/venues/" + id + "/scans", "{\"qr\":\"" + personalQr() + "\"}",
				"Authorization", venues.otherOwner), 403, null);
		assertProblem(http().post("/api/v1/venues/" + id + "/scans", "{\"qr\":\"eyJhbGciOiJIUzI1NiJ9.e30.x\"}",
				"Authorization", venues.owner), 400, "qr");
	}

	@Test
	void batchStoresGoodItemsReportsBadOnesByIndexAndAReplayAddsNothing() {
		String id = venues.approvedVenue("Ga Long Biên").get("id").asString();
		String pending = venues.pendingVenue(venues.owner, "Bến xe Phúc Xá").get("id").asString();
		String others = venues.pendingVenue(venues.otherOwner, "Văn phòng khác").get("id").asString();
		Instant now = clock.instant();
		String qr = personalQr();
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(item(UUID.randomUUID(), id, qr, now.minus(Duration.ofHours(2))));
		items.add(item(UUID.randomUUID(), id, "garbage", now));
		items.add(item(UUID.randomUUID(), "not-a-uuid", qr, now));
		items.add(item(UUID.randomUUID(), id, qr, now.plus(Duration.ofHours(3))));
		items.add(item(UUID.randomUUID(), pending, qr, now));
		items.add(item(UUID.randomUUID(), others, qr, now));
		items.add(item(UUID.randomUUID(), id, qr, now.minus(Duration.ofMinutes(30))));
		Map<String, Object> noEvent = new LinkedHashMap<>(item(UUID.randomUUID(), id, qr, now));
		noEvent.remove("eventId");
		items.add(noEvent);

		JsonNode first = batch(venues.owner, items).json();
		assertThat(first.get("accepted").asInt()).isEqualTo(2);
		assertThat(first.get("duplicates").asInt()).isZero();
		List<String> rejected = new ArrayList<>();
		first.get("rejected").forEach(r -> rejected.add(r.get("index").asInt() + ":" + r.get("field").asString() + ":"
				+ r.get("reason").asString()));
		assertThat(rejected).containsExactly("1:qr:MALFORMED", "2:venueId:MALFORMED", "3:at:OUT_OF_RANGE",
				"4:venueId:VENUE_NOT_APPROVED", "5:venueId:NOT_YOUR_VENUE", "7:eventId:REQUIRED");

		JsonNode replay = batch(venues.owner, items).json();
		assertThat(replay.get("accepted").asInt()).isZero();
		assertThat(replay.get("duplicates").asInt()).isEqualTo(2);
		assertThat(visitors(id, venues.wardStaff).get("items")).hasSize(2);
		assertThat(visitors(id, venues.wardStaff).get("items").get(0).get("via").asString()).isEqualTo("GATEWAY");

		assertProblem(batch(venues.owner, List.of()), 400, "items");
		assertProblem(batch(venues.wardStaff, List.of(item(UUID.randomUUID(), id, qr, now))), 403, null);
		JsonNode partner = batch(access().bearer(Role.PARTNER_SYSTEM, Scope.of(PeopleFixtures.PHUC_XA)),
				List.of(item(UUID.randomUUID(), id, qr, now))).json();
		assertThat(partner.get("accepted").asInt()).isEqualTo(1);
		JsonNode farPartner = batch(access().bearer(Role.PARTNER_SYSTEM, Scope.of(PeopleFixtures.TAN_DINH)),
				List.of(item(UUID.randomUUID(), id, qr, now))).json();
		assertThat(farPartner.get("rejected").get(0).get("reason").asString()).isEqualTo("NOT_YOUR_VENUE");
	}

	@Test
	void visitorLogPagesThroughAWindowByKeyset() {
		String id = venues.approvedVenue("Bệnh viện Phúc Xá").get("id").asString();
		String qr = personalQr();
		Instant start = clock.instant().minus(Duration.ofHours(5));
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			items.add(item(UUID.randomUUID(), id, qr, start.plus(Duration.ofMinutes(10L * i))));
		}
		assertThat(batch(venues.owner, items).json().get("accepted").asInt()).isEqualTo(7);
		String window = "from=" + start.minusSeconds(1) + "&to=" + start.plus(Duration.ofMinutes(55));
		JsonNode page1 = http().get("/api/v1/venues/" + id + "/visitors?limit=4&" + window, "Authorization", venues.wardStaff).json();
		assertThat(page1.get("items")).hasSize(4);
		JsonNode page2 = http().get("/api/v1/venues/" + id + "/visitors?limit=4&" + window + "&after=" + page1.get("next").asString(),
				"Authorization", venues.wardStaff).json();
		assertThat(page2.get("items")).hasSize(2);
		assertThat(page2.get("next").isNull()).isTrue();
		assertThat(Instant.parse(page2.get("items").get(0).get("at").asString()))
				.isAfter(Instant.parse(page1.get("items").get(3).get("at").asString()));
		assertProblem(http().get("/api/v1/venues/" + id + "/visitors?after=nonsense", "Authorization", venues.wardStaff), 400, "after");
		assertProblem(http().get("/api/v1/venues/" + id + "/visitors?from=2021-01-01T00:00:00Z&to=2021-06-01T00:00:00Z",
				"Authorization", venues.wardStaff), 400, "to");
		JsonNode hourly = http().get("/api/v1/venues/" + id + "/visits/hourly?" + window, "Authorization", venues.owner).json();
		long total = 0;
		for (JsonNode hour : hourly) {
			total += hour.get("count").asLong();
		}
		assertThat(total).isEqualTo(6);
	}

	@Test
	void theCheckInBodyIsReadAndAnsweredLikeEveryJsonEndpoint() {
		String qr = venues.approvedVenue("Quán cà phê Phúc Xá").get("qr").asString();
		String path = "/api/v1/me/people/" + person.id() + "/checkins";

		assertProblem(http().post(path, "", "Authorization", citizen), 400, "venueQr");
		JsonNode broken = assertProblem(http().post(path, "{\"venueQr\": ", "Authorization", citizen), 400, null);
		assertThat(broken.get("detail").asString()).isEqualTo("Nội dung JSON không đúng cú pháp.");
		assertProblem(http().post(path, "{\"venueQr\": [1]}", "Authorization", citizen), 400, "venueQr");
		// The platform's JSON input rules apply as on every endpoint: no control characters in text.
		JsonNode control = assertProblem(http().post(path, "{\"venueQr\": \"" + qr + "\\u0007\"}", "Authorization", citizen), 400, "venueQr");
		assertThat(control.get("detail").asString()).isEqualTo("Trường 'venueQr' chứa ký tự điều khiển không được phép.");
		assertProblem(http().post(path, "{\"venueQr\": \"" + qr + "\", \"at\": \"yesterday\"}", "Authorization", citizen), 400, "at");
		var text = http().send(java.net.http.HttpRequest.newBuilder(http().uri(path)).header("Content-Type", "text/plain")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"venueQr\":\"" + qr + "\"}")), "Authorization", citizen);
		assertThat(text.status()).isEqualTo(415);
		assertThat(http().get(path, "Authorization", citizen).json().get("items")).isEmpty();

		var checkedIn = venues.checkIn(citizen, person.id(), qr);
		assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
		assertThat(checkedIn.headers().firstValue("Location")).hasValue(path + "/" + checkedIn.json().get("id").asString());
		assertThat(checkedIn.headers().firstValueAsLong("Content-Length"))
				.hasValue(checkedIn.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
		assertThat(checkedIn.json().get("venue").get("name").asString()).isEqualTo("Quán cà phê Phúc Xá");
		assertThat(http().get(path, "Authorization", citizen).json().get("items")).hasSize(1);
	}

	@Test
	void aPhoneChecksInOnlyForItsOwnPeople() {
		String qr = venues.approvedVenue("Văn phòng Phúc Xá").get("qr").asString();
		Registered stranger = people.adultWithPhone();
		assertProblem(venues.checkIn(citizen, stranger.id(), qr), 404, null);
		assertProblem(http().get("/api/v1/me/people/" + stranger.id() + "/checkins", "Authorization", citizen), 404, null);
		assertThat(http().post("/api/v1/me/people/" + person.id() + "/checkins", "{\"venueQr\":\"" + qr + "\"}").status())
				.isEqualTo(401);
	}

	@Test
	void posterIsAnA4PdfWithAQrOfAtLeast15CmThatReadsBackAsTheVenueQr() throws Exception {
		JsonNode venue = venues.pendingVenue(venues.owner, "Nhà thuốc Hàng Bún");
		String id = venue.get("id").asString();
		java.net.http.HttpResponse<byte[]> pdf = bytes("/api/v1/venues/" + id + "/poster.pdf", venues.owner);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		Posters.Poster poster = Posters.read(pdf.body());
		assertThat(poster.pageWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
		assertThat(poster.pageHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
		assertThat(poster.qrWidthCm()).isGreaterThanOrEqualTo(15f);
		assertThat(poster.qrHeightCm()).isGreaterThanOrEqualTo(15f);
		assertThat(poster.qr()).isEqualTo(venue.get("qr").asString());
		assertThat(poster.text()).contains("Nhà thuốc Hàng Bún", "QUÉT MÃ ĐỂ KHAI BÁO", "Scan to check in", "chưa được phê duyệt");

		java.net.http.HttpResponse<byte[]> png = bytes("/api/v1/venues/" + id + "/poster.png", venues.wardStaff);
		assertThat(png.statusCode()).isEqualTo(200);
		String read = vn.pccovid.support.QrReading.text(png.body());
		assertThat(read).isEqualTo(venue.get("qr").asString());
		assertThat(bytes("/api/v1/venues/" + id + "/poster.pdf", venues.otherOwner).statusCode()).isEqualTo(403);
		assertThat(bytes("/api/v1/venues/" + id + "/poster.png", venues.otherWardStaff).statusCode()).isEqualTo(403);
		JsonNode keys = http().get("/api/v1/keys/venue-qr").json();
		assertThat(keys.get("keys").get(0).get("crv").asString()).isEqualTo("P-256");
	}

	private java.net.http.HttpResponse<byte[]> bytes(String path, String bearer) throws Exception {
		return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(http().uri(path))
				.header("Authorization", bearer).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
	}

	private Http.Response register(String body) {
		return http().post("/api/v1/venues", body, "Authorization", venues.owner);
	}

	private JsonNode visitors(String venueId, String bearer) {
		Http.Response response = http().get("/api/v1/venues/" + venueId + "/visitors", "Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private Http.Response batch(String bearer, List<Map<String, Object>> items) {
		return http().post("/api/v1/checkins/batch", PeopleFixtures.json(Map.of("items", items)), "Authorization", bearer);
	}

	private static Map<String, Object> item(UUID eventId, String venueId, String qr, Instant at) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("eventId", eventId.toString());
		item.put("venueId", venueId);
		item.put("qr", qr);
		item.put("at", at.toString());
		return item;
	}

	private String personalQr() {
		return http().get("/api/v1/me/people/" + person.id() + "/qr", "Authorization", citizen).json().get("payload").asString();
	}

	private static String b64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}
}
