package vn.pccovid.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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

/** The venue-QR keys rotate: old posters verify until their key is retired; only system administrators rotate. */
class VenueKeyRotationApiTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	CheckInFixtures venues;
	Registered person;
	String citizen;
	String admin;

	@BeforeEach
	void fixtures() {
		venues = new CheckInFixtures(http(), access());
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		person = people.adultWithPhone();
		citizen = people.citizenBearer(person.phone());
		admin = adminBearer();
	}

	@Test
	void aRotatedKeyStillVerifiesOldPostersUntilRetiredAndTheJwkSetListsBoth() throws Exception {
		JsonNode before = venues.approvedVenue("Chợ Châu Long");
		JsonNode untouched = venues.approvedVenue("Nhà thuốc Châu Long");
		String oldPoster = before.get("qr").asString();
		String untouchedPoster = untouched.get("qr").asString();
		String oldKid = JWSObject.parse(oldPoster).getHeader().getKeyID();

		String newKid = rotate();
		assertThat(newKid).isNotEqualTo(oldKid);
		JWKSet set = JWKSet.parse(http().get("/api/v1/keys/venue-qr").body());
		assertThat(set.getKeys().get(0).getKeyID()).as("signing key first").isEqualTo(newKid);
		assertThat(set.getKeyByKeyId(oldKid)).as("rotated-out key still published").isNotNull();
		assertThat(JWSObject.parse(oldPoster).verify(new ECDSAVerifier(set.getKeyByKeyId(oldKid).toECKey()))).isTrue();
		assertThat(audited("venue-qr-key;rotate;" + newKid)).isEqualTo(1);

		assertThat(venues.checkIn(citizen, person.id(), oldPoster).status()).as("old poster after a rotation").isEqualTo(201);
		JsonNode after = venues.approvedVenue("Quán phở Châu Long");
		String newPoster = after.get("qr").asString();
		assertThat(JWSObject.parse(newPoster).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(venues.checkIn(citizen, person.id(), newPoster).status()).isEqualTo(201);

		// Reissued on request: the venue's stored QR now carries the new key; the printed one still works.
		Http.Response reissued = http().post("/api/v1/venues/" + before.get("id").asString() + "/qr", "", "Authorization", venues.owner);
		assertThat(reissued.status()).as(reissued.body()).isEqualTo(200);
		String reissuedPoster = reissued.json().get("qr").asString();
		assertThat(JWSObject.parse(reissuedPoster).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(venues.checkIn(citizen, person.id(), oldPoster).status()).isEqualTo(201);
		assertThat(venues.checkIn(citizen, person.id(), reissuedPoster).status()).isEqualTo(201);
		assertProblem(http().post("/api/v1/venues/" + before.get("id").asString() + "/qr", "", "Authorization", venues.otherOwner), 403, null);
		assertProblem(http().post("/api/v1/venues/" + before.get("id").asString() + "/qr", "", "Authorization", venues.otherWardStaff), 403, null);

		// The signing key cannot be retired; an unknown one is a 404.
		assertProblem(retire(newKid), 409, "kid");
		assertProblem(retire("no-such-key"), 404, null);

		Http.Response retired = retire(oldKid);
		assertThat(retired.status()).as(retired.body()).isEqualTo(200);
		assertThat(retired.json().get("reissued").asInt()).as("stored QRs still on the retired key").isGreaterThanOrEqualTo(1);
		assertThat(audited("venue-qr-key;retire;" + oldKid + ";reissued=" + retired.json().get("reissued").asInt())).isEqualTo(1);
		assertThat(Path.of("target/test-data/keys/venue-qr/" + oldKid + ".pub")).doesNotExist();
		assertThat(JWKSet.parse(http().get("/api/v1/keys/venue-qr").body()).getKeyByKeyId(oldKid)).isNull();

		JsonNode refused = assertProblem(venues.checkIn(citizen, person.id(), oldPoster), 400, "venueQr");
		assertThat(refused.get("detail").asString()).contains("thu hồi");
		assertProblem(venues.checkIn(citizen, person.id(), untouchedPoster), 400, "venueQr");
		assertThat(venues.checkIn(citizen, person.id(), reissuedPoster).status()).isEqualTo(201);

		// The venue that was never reissued by hand got a new stored QR with the signing key: its download works.
		JsonNode now = http().get("/api/v1/venues/" + untouched.get("id").asString(), "Authorization", venues.owner).json();
		assertThat(JWSObject.parse(now.get("qr").asString()).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(venues.checkIn(citizen, person.id(), now.get("qr").asString()).status()).isEqualTo(201);
	}

	@Test
	void onlyTheSystemAdministratorRotatesAndRetires() throws Exception {
		assertProblem(http().post("/api/v1/keys/venue-qr/rotate", "", "Authorization", venues.wardStaff), 403, null);
		assertProblem(http().post("/api/v1/keys/venue-qr/rotate", "", "Authorization", venues.owner), 403, null);
		assertProblem(http().post("/api/v1/keys/venue-qr/rotate", ""), 401, null);
		String kid = JWSObject.parse(venues.approvedVenue("Chợ Hàng Da").get("qr").asString()).getHeader().getKeyID();
		assertProblem(http().post("/api/v1/keys/venue-qr/" + kid + "/retire", "", "Authorization",
				access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL)), 403, null);
		assertThat(Files.exists(Path.of("target/test-data/keys/venue-qr/" + kid + ".pub"))).isTrue();
	}

	private String rotate() {
		Http.Response rotated = http().post("/api/v1/keys/venue-qr/rotate", "", "Authorization", admin);
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		return rotated.json().get("kid").asString();
	}

	private Http.Response retire(String kid) {
		return http().post("/api/v1/keys/venue-qr/" + kid + "/retire", "", "Authorization", admin);
	}

	private long audited(String what) {
		return jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE what = ? AND actor_name = 'admin'").param(what)
				.query(Long.class).single();
	}
}
