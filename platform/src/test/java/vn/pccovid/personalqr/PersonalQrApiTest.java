package vn.pccovid.personalqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** A phone's personal QR: opaque signed token, published keys, expiry and rotation. */
class PersonalQrApiTest extends PlatformTest {

	PeopleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
	}

	@Test
	void theQrIsAnEs256TokenWithoutPersonalDataVerifiableWithThePublishedKeys() throws Exception {
		Registered me = fixtures.adultWithPhone();
		String bearer = fixtures.citizenBearer(me.phone());
		Http.Response response = http().get("/api/v1/me/people/" + me.id() + "/qr", "Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		String payload = response.json().get("payload").asString();
		Instant expiresAt = Instant.parse(response.json().get("expiresAt").asString());
		assertThat(expiresAt).isBetween(clock.instant().plus(Duration.ofDays(7)).minusSeconds(2), clock.instant().plus(Duration.ofDays(7)));

		JWSObject jws = JWSObject.parse(payload);
		assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
		assertThat(jws.getHeader().getKeyID()).isNotBlank();
		Map<String, Object> claims = jws.getPayload().toJSONObject();
		assertThat(claims).containsOnlyKeys("jti", "exp", "typ").containsEntry("typ", "app");
		assertThat(payload).doesNotContain(me.cccd()).doesNotContain(me.id());
		assertThat(jws.getPayload().toString()).doesNotContain(me.fullName()).doesNotContain(me.cccd()).doesNotContain(me.id());

		Http.Response keys = http().get("/api/v1/keys/personal-qr");
		assertThat(keys.status()).isEqualTo(200);
		JWKSet set = JWKSet.parse(keys.body());
		var key = set.getKeyByKeyId(jws.getHeader().getKeyID());
		assertThat(key).isNotNull();
		assertThat(key.isPrivate()).isFalse();
		assertThat(keys.body()).doesNotContain("\"d\"");
		assertThat(key.getAlgorithm().getName()).isEqualTo("ES256");
		assertThat(jws.verify(new ECDSAVerifier(key.toECKey()))).isTrue();

		assertThat(http().get("/api/v1/me/people/" + me.id() + "/qr", "Authorization", bearer).json().get("payload").asString())
				.as("served again while far from expiry").isEqualTo(payload);

		var png = bytes(http().uri("/api/v1/me/people/" + me.id() + "/qr.png"), bearer);
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(decodeImage(png.body())).isEqualTo(payload);
	}

	@Test
	void onlyAPhoneThatActsForThePersonGetsTheirQr() {
		Registered me = fixtures.adultWithPhone();
		Registered other = fixtures.adultWithPhone();
		String bearer = fixtures.citizenBearer(me.phone());
		assertProblem(http().get("/api/v1/me/people/" + other.id() + "/qr", "Authorization", bearer), 404, null);
		assertProblem(http().get("/api/v1/me/people/" + other.id() + "/qr.png", "Authorization", bearer), 404, null);
		assertProblem(http().get("/api/v1/me/people/" + me.id() + "/qr"), 401, null);
		assertProblem(http().get("/api/v1/me/people/" + me.id() + "/qr", "Authorization",
				access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL)), 403, null);
	}

	@Test
	void anExpiredQrIsRefusedAndANewOneIssued() {
		Registered me = fixtures.adultWithPhone();
		String payload = http().get("/api/v1/me/people/" + me.id() + "/qr", "Authorization", fixtures.citizenBearer(me.phone()))
				.json().get("payload").asString();
		assertThat(scan(payload).get("valid").asBoolean()).isTrue();

		clock.advance(Duration.ofDays(7).plusSeconds(1));
		JsonNode expired = scan(payload);
		assertThat(expired.get("valid").asBoolean()).isFalse();
		assertThat(expired.get("reason").asString()).isEqualTo("EXPIRED");
		assertThat(expired.get("person").isNull()).isTrue();

		fixtures = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		String renewed = http().get("/api/v1/me/people/" + me.id() + "/qr", "Authorization", fixtures.citizenBearer(me.phone()))
				.json().get("payload").asString();
		assertThat(renewed).isNotEqualTo(payload);
		assertThat(scan(renewed).get("valid").asBoolean()).isTrue();
	}

	@Test
	void aQrSignedByARetiredKeyStaysValidAndItsKeyPublishedUntilItExpires() throws Exception {
		Registered me = fixtures.adultWithPhone();
		String bearer = fixtures.citizenBearer(me.phone());
		String admin = adminBearer();
		rotate(admin);
		String old = http().get("/api/v1/me/people/" + me.id() + "/qr", "Authorization", bearer).json().get("payload").asString();
		String oldKid = JWSObject.parse(old).getHeader().getKeyID();

		String newKid = rotate(admin);
		assertThat(newKid).isNotEqualTo(oldKid);
		JWKSet set = JWKSet.parse(http().get("/api/v1/keys/personal-qr").body());
		assertThat(set.getKeys().get(0).getKeyID()).as("current key first").isEqualTo(newKid);
		assertThat(set.getKeyByKeyId(oldKid)).as("retired key still published").isNotNull();
		assertThat(scan(old).get("valid").asBoolean()).isTrue();

		Registered other = fixtures.adultWithPhone();
		String fresh = http().get("/api/v1/me/people/" + other.id() + "/qr", "Authorization", fixtures.citizenBearer(other.phone()))
				.json().get("payload").asString();
		assertThat(JWSObject.parse(fresh).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(scan(fresh).get("valid").asBoolean()).isTrue();

		clock.advance(Duration.ofDays(7).plusMinutes(1));
		set = JWKSet.parse(http().get("/api/v1/keys/personal-qr").body());
		assertThat(set.getKeyByKeyId(oldKid)).as("retired once its last QR expired").isNull();
		assertThat(set.getKeyByKeyId(newKid)).isNotNull();

		Path dir = Path.of("target/test-data/keys/personal-qr");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(newKid + ".key")))).isEqualTo("rw-------");
		assertThat(dir.resolve(oldKid + ".key")).as("retired private key deleted").doesNotExist();
		assertThat(dir.resolve(oldKid + ".pub")).exists();
	}

	@Test
	void onlyTheSystemAdministratorRotatesKeys() {
		assertProblem(http().post("/api/v1/keys/personal-qr/rotate", "", "Authorization",
				access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL)), 403, null);
		assertProblem(http().post("/api/v1/keys/personal-qr/rotate", ""), 401, null);
	}

	private String rotate(String admin) {
		Http.Response rotated = http().post("/api/v1/keys/personal-qr/rotate", "", "Authorization", admin);
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		return rotated.json().get("kid").asString();
	}

	private JsonNode scan(String payload) {
		Http.Response response = http().post("/api/v1/personal-qr/verify", PeopleFixtures.json(Map.of("payload", payload)),
				"Authorization", access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** A binary answer (PNG, PDF). */
	static java.net.http.HttpResponse<byte[]> bytes(java.net.URI uri, String bearer) throws Exception {
		return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri)
				.header("Authorization", bearer).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
	}

	static String decodeImage(byte[] bytes) throws IOException, Exception {
		return vn.pccovid.support.QrReading.text(bytes);
	}
}
