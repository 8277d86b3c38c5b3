package vn.pccovid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** The inbox API: every person on the signed-in phone, newest first, in the reader's language; mark read. */
class InboxApiTest extends PlatformTest {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void listsTheMessagesOfThePeopleOnThePhoneInTheReadersLanguage() {
		var fixtures = new NotificationFixtures(http(), jdbc);
		String phone = NotificationFixtures.phone();
		UUID person = fixtures.registered(access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), phone, NotificationFixtures.PHUC_XA);
		send(person, "notification.test", Map.of("name", "${7*7} {0} #{x}"));
		send(person, "people.consent-request", Map.of("requesterPhoneMasked", "09******12", "requestId", "r-42"));
		String citizen = fixtures.citizenBearer(phone);

		JsonNode vi = http().get("/api/v1/me/inbox", "Authorization", citizen).json();
		assertThat(vi.get("unread").asInt()).isEqualTo(2);
		assertThat(vi.get("next").isNull()).isTrue();
		JsonNode items = vi.get("items");
		assertThat(items).extracting(item -> item.get("kind").asString()).containsExactly("people.consent-request", "notification.test");
		assertThat(items.get(0).get("title").asString()).isEqualTo("Yêu cầu thêm bạn vào điện thoại khác");
		assertThat(items.get(0).get("personId").asString()).isEqualTo(person.toString());
		assertThat(items.get(0).get("readAt").isNull()).isTrue();
		assertThat(items.get(0).get("createdAt").asString()).isNotBlank();
		assertThat(items.get(1).get("body").asString()).isEqualTo("Xin chào ${7*7} {0} #{x}, đây là tin nhắn thử của PC-Covid.");

		JsonNode en = http().get("/api/v1/me/inbox", "Authorization", citizen, "Accept-Language", "en").json();
		assertThat(en.get("items").get(0).get("title").asString()).isEqualTo("Request to add you to another phone");

		JsonNode first = http().get("/api/v1/me/inbox?limit=1", "Authorization", citizen).json();
		assertThat(first.get("items")).hasSize(1);
		JsonNode rest = http().get("/api/v1/me/inbox?limit=1&before=" + first.get("next").asLong(), "Authorization", citizen).json();
		assertThat(rest.get("items").get(0).get("kind").asString()).isEqualTo("notification.test");
		assertThat(rest.get("next").isNull()).isTrue();

		long id = items.get(0).get("id").asLong();
		assertThat(http().post("/api/v1/me/inbox/" + id + "/read", "", "Authorization", citizen).status()).isEqualTo(204);
		assertThat(http().post("/api/v1/me/inbox/" + id + "/read", "", "Authorization", citizen).status()).isEqualTo(204);
		JsonNode after = http().get("/api/v1/me/inbox?personId=" + person, "Authorization", citizen).json();
		assertThat(after.get("unread").asInt()).isEqualTo(1);
		assertThat(after.get("items").get(0).get("readAt").isNull()).isFalse();
	}

	@Test
	void anotherPhonesMessageIsAnsweredLikeAMissingOne() {
		var fixtures = new NotificationFixtures(http(), jdbc);
		String officer = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		String phone = NotificationFixtures.phone();
		UUID person = fixtures.registered(officer, phone, NotificationFixtures.PHUC_XA);
		long message = send(person, "notification.test", Map.of("name", "An"));
		String stranger = fixtures.citizenBearer(NotificationFixtures.phone());

		JsonNode other = assertProblem(http().post("/api/v1/me/inbox/" + message + "/read", "", "Authorization", stranger), 404, null);
		JsonNode missing = assertProblem(http().post("/api/v1/me/inbox/999999999/read", "", "Authorization", stranger), 404, null);
		assertThat(other.get("detail")).isEqualTo(missing.get("detail"));
		assertProblem(http().get("/api/v1/me/inbox?personId=" + person, "Authorization", stranger), 404, null);
		JsonNode empty = http().get("/api/v1/me/inbox", "Authorization", stranger).json();
		assertThat(empty.get("items")).isEmpty();
		assertThat(empty.get("unread").asInt()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM notification.notification WHERE id = ? AND read_at IS NULL").param(message)
				.query(Integer.class).single()).as("still unread").isEqualTo(1);
	}

	@Test
	void onlySignedInCitizensHaveAnInbox() {
		assertProblem(http().get("/api/v1/me/inbox"), 401, null);
		assertProblem(http().get("/api/v1/me/inbox", "Authorization", access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL)), 403, null);
		String citizen = new NotificationFixtures(http(), jdbc).citizenBearer(NotificationFixtures.phone());
		assertProblem(http().get("/api/v1/me/inbox?limit=0", "Authorization", citizen), 400, "limit");
		assertProblem(http().get("/api/v1/me/inbox?before=x", "Authorization", citizen), 400, "before");
	}

	@Test
	void theInboxPageListsMessagesAndMarksThemRead() {
		var fixtures = new NotificationFixtures(http(), jdbc);
		String phone = NotificationFixtures.phone();
		UUID person = fixtures.registered(access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), phone, NotificationFixtures.PHUC_XA);
		long viaHtmx = send(person, "people.dependant-added", Map.of());
		long message = send(person, "notification.test", Map.of("name", "<b>An</b>"));
		String session = fixtures.citizenSession(phone);

		Http.Response page = http().get("/me/inbox", "Cookie", session);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Tin nhắn của tôi", "Tin nhắn thử", "&lt;b&gt;An&lt;/b&gt;", "hx-post=\"/me/inbox/" + message + "/read\"");
		Http.Response marked = fixtures.form("/me/inbox/" + message + "/read", session, NotificationFixtures.ip(),
				"_csrf=" + java.net.URLEncoder.encode(NotificationFixtures.csrf(page), java.nio.charset.StandardCharsets.UTF_8));
		assertThat(marked.status()).isEqualTo(302);
		Http.Response swapped = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/me/inbox/" + viaHtmx + "/read"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session).header("HX-Request", "true")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf="
						+ java.net.URLEncoder.encode(NotificationFixtures.csrf(page), java.nio.charset.StandardCharsets.UTF_8))));
		assertThat(swapped.status()).isEqualTo(200);
		assertThat(swapped.body()).contains("Đã đọc").doesNotContain("<html");
		assertThat(http().get("/me/inbox?lang=en", "Cookie", session).body()).contains("My messages", "Test message")
				.doesNotContain("Mark as read");

		String empty = http().get("/me/inbox", "Cookie", fixtures.citizenSession(NotificationFixtures.phone())).body();
		assertThat(empty).contains("Chưa có tin nhắn nào.");
	}

	private long send(UUID person, String kind, Map<String, String> params) {
		String key = "test:" + UUID.randomUUID();
		tx.executeWithoutResult(status -> notifications.send(new NotificationRequest(person, null, kind, params, key)));
		return jdbc.sql("SELECT id FROM notification.notification WHERE idempotency_key = ?").param(key).query(Long.class).single();
	}
}
