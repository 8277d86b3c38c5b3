package vn.pccovid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import tools.jackson.databind.JsonNode;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.support.Http;
import vn.pccovid.support.Outboxes;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;

/**
 * What staff see of notifications: delivery status in their area without texts, and — on a test install only —
 * the outbox, every read of which lands in the citizen's access log. Codes never reach the log.
 */
class NotificationStaffApiTest extends PlatformTest {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	AuditLog auditLog;

	@Test
	void healthWorkersSeeDeliveryStatusInTheirAreaWithoutTheText() {
		var fixtures = new NotificationFixtures(http(), jdbc);
		String phone = NotificationFixtures.phone();
		UUID person = fixtures.registered(access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), phone, NotificationFixtures.PHUC_XA);
		String key = "test:" + UUID.randomUUID();
		tx.executeWithoutResult(s -> notifications.send(new NotificationRequest(person, null, "notification.test",
				Map.of("name", "Secret result"), key)));
		awaitSent(phone);

		StaffAccount worker = access().account(Role.HEALTH_WORKER, Scope.of(NotificationFixtures.PHUC_XA));
		Http.Response inWard = http().get("/api/v1/notifications/deliveries?status=sent&limit=50", "Authorization",
				access().bearer(worker.username()));
		assertThat(inWard.status()).as(inWard.body()).isEqualTo(200);
		JsonNode mine = mine(inWard.json().get("items"), person);
		assertThat(mine).isNotNull();
		assertThat(mine.get("recipient").asString()).isEqualTo(phone.substring(0, 2) + "******" + phone.substring(8));
		assertThat(mine.get("status").asString()).isEqualTo("SENT");
		assertThat(mine.get("attempts").asInt()).isEqualTo(1);
		assertThat(mine.get("kind").asString()).isEqualTo("notification.test");
		assertThat(mine.has("body")).isFalse();
		assertThat(inWard.body()).doesNotContain(phone).doesNotContain("Secret result");

		List<AuditEntry> audit = auditLog.about(List.of(person), null, 10);
		assertThat(audit).anySatisfy(entry -> {
			assertThat(entry.purpose()).isEqualTo("testing");
			assertThat(entry.actorName()).isEqualTo(worker.username());
		});

		String elsewhere = access().bearer(Role.HEALTH_WORKER, Scope.of(NotificationFixtures.TAN_DINH));
		assertThat(mine(http().get("/api/v1/notifications/deliveries?limit=200", "Authorization", elsewhere).json().get("items"), person))
				.isNull();
		assertThat(mine(http().get("/api/v1/notifications/deliveries?status=FAILED&limit=200", "Authorization",
				access().bearer(worker.username())).json().get("items"), person)).isNull();
		assertProblem(http().get("/api/v1/notifications/deliveries?status=LOST", "Authorization", access().bearer(worker.username())),
				400, "status");
		assertProblem(http().get("/api/v1/notifications/deliveries", "Authorization",
				access().bearer(Role.CHECKPOINT_OFFICER, Scope.NATIONAL)), 403, null);

		String session = WebSessions.staff(http(), worker.username());
		Http.Response page = http().get("/console/notifications", "Cookie", session);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Gửi tin nhắn", "notification.test").doesNotContain("Secret result").doesNotContain(phone);
	}

	@Test
	void everyOutboxReadShowsInTheCitizensAccessLog() {
		var fixtures = new NotificationFixtures(http(), jdbc);
		String phone = NotificationFixtures.phone();
		UUID person = fixtures.registered(access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), phone, NotificationFixtures.PHUC_XA);
		String citizen = fixtures.citizenBearer(phone);
		assertThat(auditLog.about(List.of(person), null, 10)).noneMatch(entry -> entry.what().equals("notification-text"));

		Http.Response read = http().get("/api/v1/notifications/outbox?purpose=system-operation&recipient=" + phone, "Authorization", adminBearer());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("items").get(0).get("body").asString()).contains("ma xac thuc");

		JsonNode log = http().get("/api/v1/me/access-log", "Authorization", citizen).json();
		assertThat(log.get("items")).anySatisfy(item -> {
			assertThat(item.get("purpose").asString()).isEqualTo("system-operation");
			assertThat(item.get("actorRoles").asString()).contains("SYSTEM_ADMIN");
			assertThat(item.get("action").asString()).isEqualTo("READ");
		});
	}

	@Test
	void signInCodesNeverReachTheLog() {
		String phone = NotificationFixtures.phone();
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		captured.start();
		root.addAppender(captured);
		String code;
		try {
			long before = Outboxes.lastId(jdbc, phone);
			assertThat(http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", NotificationFixtures.ip())
					.status()).isEqualTo(202);
			code = Outboxes.latestCode(jdbc, phone, before);
			String masked = phone.substring(0, 2) + "******" + phone.substring(8);
			Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
			while (captured.list.stream().noneMatch(e -> e.getFormattedMessage().contains(masked)) && Instant.now().isBefore(deadline)) {
				Thread.onSpinWait();
			}
			assertThat(captured.list).as("the delivery is logged, masked").anyMatch(e -> e.getFormattedMessage().contains(masked));
		}
		finally {
			root.detachAppender(captured);
		}
		assertThat(captured.list).noneMatch(e -> e.getFormattedMessage().contains(code))
				.noneMatch(e -> e.getFormattedMessage().contains(phone)).noneMatch(e -> e.getFormattedMessage().contains("ma xac thuc"));
	}

	private void awaitSent(String phone) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			if (jdbc.sql("SELECT count(*) FROM notification.delivery WHERE recipient = ? AND status = 'SENT'").param(phone)
					.query(Integer.class).single() > 0) {
				return;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("not delivered to " + phone);
	}

	private static JsonNode mine(JsonNode items, UUID person) {
		for (JsonNode item : items) {
			if (person.toString().equals(item.path("personId").asString(null))) {
				return item;
			}
		}
		return null;
	}
}
