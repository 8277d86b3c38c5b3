package vn.pccovid.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.checkin.CheckInsRecorded;
import vn.pccovid.checkin.RecordedCheckIn;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Shippers declare areas and hours; check-ins and passages outside them are flagged once each; the ward police of
 * the shipper's ward see the day's list, the shipper their own flags.
 */
class ShipperApiTest extends PlatformTest {

	static final AreaCode ELSEWHERE = AreaCode.ward("01", "002", "00037");

	@Autowired
	ApplicationEventPublisher events;

	MovementFixtures fixtures;
	LocalDate today;

	@BeforeEach
	void fixtures() {
		String registrar = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		fixtures = new MovementFixtures(http(), registrar, new PeopleFixtures(http(), registrar, adminBearer()));
		today = LocalDate.ofInstant(clock.instant(), PermitApiTest.VIETNAM);
	}

	private Instant at(int hour, int minute) {
		return today.atTime(hour, minute).atZone(PermitApiTest.VIETNAM).toInstant();
	}

	private static RecordedCheckIn checkIn(Registered person, AreaCode ward, Instant at) {
		return new RecordedCheckIn(UUID.fromString(person.id()), UUID.randomUUID(), ward, at, CheckInChannel.APP);
	}

	@Test
	void checkInsOutsideTheDeclaredAreaOrHoursAreFlaggedOnceEach() {
		Registered rider = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), true);
		String bearer = fixtures.people().citizenBearer(rider.phone());
		Http.Response declared = http().post("/api/v1/me/people/" + rider.id() + "/shipper-declaration",
				"{\"areas\":[\"001\"],\"from\":\"07:00\",\"to\":\"19:00\"}", "Authorization", bearer);
		assertThat(declared.status()).as(declared.body()).isEqualTo(200);

		RecordedCheckIn inside = checkIn(rider, PeopleFixtures.TRUC_BACH, at(10, 0));
		RecordedCheckIn outOfArea = checkIn(rider, ELSEWHERE, at(10, 5));
		RecordedCheckIn lastMinute = checkIn(rider, PeopleFixtures.PHUC_XA, at(18, 59));
		RecordedCheckIn atClosing = checkIn(rider, PeopleFixtures.PHUC_XA, at(19, 0));
		RecordedCheckIn beforeOpening = checkIn(rider, ELSEWHERE, at(6, 59));
		CheckInsRecorded batch = new CheckInsRecorded(List.of(inside, outOfArea, lastMinute, atClosing, beforeOpening));
		events.publishEvent(batch);
		events.publishEvent(batch);

		String police = access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.PHUC_XA));
		Http.Response list = http().get("/api/v1/movement/shippers/violations?ward=00001&date=" + today, "Authorization", police);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		List<JsonNode> mine = list.json().valueStream().filter(v -> v.get("personId").asString().equals(rider.id())).toList();
		assertThat(mine).extracting(v -> v.get("why").asString())
				.containsExactly("OUTSIDE_AREA_AND_HOURS", "OUTSIDE_AREA", "OUTSIDE_HOURS");
		assertThat(mine).extracting(v -> v.get("where").asString()).containsExactly("00037", "00037", "00001");
		assertThat(Instant.parse(mine.get(1).get("at").asString())).isEqualTo(outOfArea.at());

		JsonNode own = http().get("/api/v1/me/people/" + rider.id() + "/shipper-declaration", "Authorization", bearer).json();
		assertThat(own.get("areas").toString()).isEqualTo("[\"001\"]");
		assertThat(own.get("violations")).hasSize(3);

		assertProblem(http().get("/api/v1/movement/shippers/violations?ward=00001", "Authorization",
				access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.TRUC_BACH))), 403, null);
		assertProblem(http().get("/api/v1/movement/shippers/violations?ward=00001&date=hôm-nay", "Authorization", police), 400, "date");
	}

	@Test
	void aPassageOutsideTheDeclaredAreaIsFlagged() {
		Registered rider = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), true);
		String bearer = fixtures.people().citizenBearer(rider.phone());
		assertThat(http().post("/api/v1/me/people/" + rider.id() + "/shipper-declaration",
				"{\"areas\":[\"00001\"],\"from\":\"00:00\",\"to\":\"23:59\"}", "Authorization", bearer).status()).isEqualTo(200);
		String personal = http().get("/api/v1/me/people/" + rider.id() + "/qr", "Authorization", bearer).json().get("payload").asString();
		String checkpoint = fixtures.checkpoint(access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.TRUC_BACH)), "Chốt Trúc Bạch",
				PeopleFixtures.TRUC_BACH);
		fixtures.scan(access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("01"))), checkpoint, personal, "29B12345");

		JsonNode own = http().get("/api/v1/me/people/" + rider.id() + "/shipper-declaration", "Authorization", bearer).json();
		assertThat(own.get("violations")).hasSize(1);
		assertThat(own.get("violations").get(0).get("where").asString()).isEqualTo("00004");
		assertThat(own.get("violations").get(0).get("why").asString()).startsWith("OUTSIDE_AREA");
	}

	@Test
	void onlyShippersDeclareAndTheInputIsChecked() {
		Registered notRider = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), false);
		String bearer = fixtures.people().citizenBearer(notRider.phone());
		assertProblem(http().post("/api/v1/me/people/" + notRider.id() + "/shipper-declaration",
				"{\"areas\":[\"001\"],\"from\":\"07:00\",\"to\":\"19:00\"}", "Authorization", bearer), 409, null);

		Registered rider = fixtures.resident(PeopleFixtures.PHUC_XA, PeopleFixtures.phone(), true);
		String riderBearer = fixtures.people().citizenBearer(rider.phone());
		String path = "/api/v1/me/people/" + rider.id() + "/shipper-declaration";
		assertProblem(http().post(path, "{\"areas\":[],\"from\":\"07:00\",\"to\":\"19:00\"}", "Authorization", riderBearer), 400, "areas");
		assertProblem(http().post(path, "{\"areas\":[\"001\"],\"from\":\"7h\",\"to\":\"19:00\"}", "Authorization", riderBearer), 400, "from");
		assertProblem(http().post(path, "{\"areas\":[\"001\"],\"from\":\"07:00\",\"to\":\"07:00\"}", "Authorization", riderBearer), 400, "to");
		assertProblem(http().post(path, "{\"areas\":[\"001\"],\"from\":\"07:00\",\"to\":\"19:00\"}", "Authorization", bearer), 404, null);
		assertProblem(http().get(path, "Authorization", riderBearer), 404, null);
	}
}
