package vn.pccovid.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * The batch ingest at its edges, after its fast path (remembered QR identities, one statement per group commit):
 * a replay mixing stored and new event ids, an event id twice in one batch, equal batches sent at the same moment,
 * and a remembered QR whose text is then altered.
 */
class CheckInBatchEdgesTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	CheckInFixtures venues;
	Registered person;
	String citizen;

	@BeforeEach
	void fixtures() {
		venues = new CheckInFixtures(http(), access());
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		person = people.adultWithPhone();
		citizen = people.citizenBearer(person.phone());
	}

	@Test
	void aReplayMixingStoredAndNewEventIdsStoresOnlyTheNewOnesAndARepeatInOneBatchOnce() {
		String venue = venues.approvedVenue("Chợ Châu Long").get("id").asString();
		String qr = personalQr();
		Instant now = clock.instant();
		List<Map<String, Object>> first = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			first.add(item(UUID.randomUUID(), venue, qr, now.minus(Duration.ofMinutes(10 + i))));
		}
		assertCounts(batch(first), 3, 0);

		List<Map<String, Object>> mixed = new ArrayList<>(first);
		UUID fresh = UUID.randomUUID();
		mixed.add(1, item(fresh, venue, qr, now.minus(Duration.ofMinutes(1))));
		mixed.add(item(UUID.randomUUID(), venue, qr, now.minus(Duration.ofMinutes(2))));
		mixed.add(item(fresh, venue, qr, now.minus(Duration.ofMinutes(1))));
		JsonNode answer = batch(mixed);
		assertCounts(answer, 2, 4);
		assertThat(answer.get("rejected")).isEmpty();
		assertThat(stored(venue)).isEqualTo(5);

		assertCounts(batch(mixed), 0, 6);
		assertThat(stored(venue)).isEqualTo(5);
	}

	@Test
	void aLargeReplayGoesByCopyAndFallsBackLeavingTheStoredOnesOut() {
		// 100 rows and more go by COPY (smaller groups by one INSERT … ON CONFLICT): a stored row fails the COPY,
		// and the group goes again leaving it out.
		String venue = venues.approvedVenue("Chợ Đồng Xuân").get("id").asString();
		String qr = personalQr();
		Instant now = clock.instant();
		List<Map<String, Object>> first = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			first.add(item(UUID.randomUUID(), venue, qr, now.minusSeconds(30L * i + 5)));
		}
		assertCounts(batch(first), 120, 0);
		List<Map<String, Object>> mixed = new ArrayList<>(first);
		for (int i = 0; i < 30; i++) {
			mixed.add(item(UUID.randomUUID(), venue, qr, now.minusSeconds(30L * i + 7)));
		}
		assertCounts(batch(mixed), 30, 120);
		assertThat(stored(venue)).isEqualTo(150);
	}

	@Test
	void equalBatchesSentAtTheSameMomentStoreEachRowOnce() throws Exception {
		String venue = venues.approvedVenue("Siêu thị Phúc Xá").get("id").asString();
		String qr = personalQr();
		for (int round = 0; round < 5; round++) {
			List<Map<String, Object>> items = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				items.add(item(UUID.randomUUID(), venue, qr, clock.instant().minusSeconds(60L * i + round)));
			}
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<JsonNode>> answers = new ArrayList<>();
			for (int copy = 0; copy < 3; copy++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException e) {
						throw new IllegalStateException(e);
					}
					return batch(items);
				}));
			}
			start.countDown();
			int accepted = 0;
			int duplicates = 0;
			for (CompletableFuture<JsonNode> answer : answers) {
				accepted += answer.get().get("accepted").asInt();
				duplicates += answer.get().get("duplicates").asInt();
			}
			assertThat(accepted).as("round %d", round).isEqualTo(40);
			assertThat(duplicates).as("round %d", round).isEqualTo(80);
			assertThat(stored(venue)).isEqualTo(40L * (round + 1));
		}
	}

	@Test
	void aRememberedQrAlteredByOneCharacterIsRefused() {
		String venue = venues.approvedVenue("Nhà thuốc Phúc Xá").get("id").asString();
		String qr = personalQr();
		assertCounts(batch(List.of(item(UUID.randomUUID(), venue, qr, clock.instant()))), 1, 0);
		// A character inside the signature (the last one may carry only padding bits, which decode to the same bytes).
		int at = qr.length() - 10;
		String altered = qr.substring(0, at) + (qr.charAt(at) == 'A' ? 'B' : 'A') + qr.substring(at + 1);
		JsonNode answer = batch(List.of(item(UUID.randomUUID(), venue, altered, clock.instant()),
				item(UUID.randomUUID(), venue, qr, clock.instant())));
		assertCounts(answer, 1, 0);
		assertThat(answer.get("rejected")).hasSize(1);
		assertThat(answer.get("rejected").get(0).get("index").asInt()).isZero();
		assertThat(answer.get("rejected").get(0).get("field").asString()).isEqualTo("qr");
		assertThat(answer.get("rejected").get(0).get("reason").asString()).isIn("BAD_SIGNATURE", "MALFORMED");
	}

	private long stored(String venue) {
		return jdbc.sql("SELECT count(*) FROM checkin.checkin WHERE venue_id = CAST(? AS uuid)").param(venue).query(Long.class).single();
	}

	private static void assertCounts(JsonNode answer, int accepted, int duplicates) {
		assertThat(answer.get("accepted").asInt()).as(answer.toString()).isEqualTo(accepted);
		assertThat(answer.get("duplicates").asInt()).as(answer.toString()).isEqualTo(duplicates);
	}

	private JsonNode batch(List<Map<String, Object>> items) {
		Http.Response response = http().post("/api/v1/checkins/batch", PeopleFixtures.json(Map.of("items", items)),
				"Authorization", venues.owner);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
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
}
