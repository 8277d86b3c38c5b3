package vn.pccovid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.PlatformTest;

/**
 * {@link Notifications#sendAll} stores what {@link Notifications#send} stores for each request — inbox row, one SMS
 * delivery per phone with the person's area — once per key (a key already used, or twice in the list, counts once).
 */
class SendAllTest extends PlatformTest {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aBatchStoresWhatSingleSendsWouldOncePerKey() {
		var fixtures = new NotificationFixtures(http(), jdbc);
		String officer = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		String phoneA = NotificationFixtures.phone();
		String phoneB = NotificationFixtures.phone();
		String bare = NotificationFixtures.phone();
		UUID a = fixtures.registered(officer, phoneA, NotificationFixtures.PHUC_XA);
		UUID b = fixtures.registered(officer, phoneB, NotificationFixtures.TAN_DINH);
		String run = UUID.randomUUID().toString();
		Map<String, String> params = Map.of("name", "An");
		tx.executeWithoutResult(s -> notifications.send(new NotificationRequest(a, null, "notification.test", params, run + ":single")));

		int sent = tx.execute(s -> notifications.sendAll(List.of(
				new NotificationRequest(a, null, "notification.test", params, run + ":a"),
				new NotificationRequest(b, null, "notification.test", Map.of("name", "Bình"), run + ":b"),
				new NotificationRequest(a, null, "notification.test", Map.of("name", "again"), run + ":a"),
				new NotificationRequest(null, bare, "notification.test", Map.of("name", "Chi"), run + ":bare"),
				new NotificationRequest(a, null, "notification.test", params, run + ":single"))));

		assertThat(sent).isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM notification.notification WHERE idempotency_key LIKE ?").param(run + "%")
				.query(Long.class).single()).isEqualTo(4);
		// The text itself is dropped once an SMS is sent (which may happen at any moment), so it is not compared.
		assertThat(delivery(run + ":a")).isEqualTo(delivery(run + ":single"))
				.containsExactly(phoneA, NotificationFixtures.PHUC_XA.path(), "notification.test", "SMS");
		assertThat(delivery(run + ":b")).containsExactly(phoneB, NotificationFixtures.TAN_DINH.path(), "notification.test", "SMS");
		assertThat(delivery(run + ":bare")).containsExactly(bare, null, "notification.test", "SMS");
		assertThat(jdbc.sql("SELECT params::text FROM notification.notification WHERE idempotency_key = ?").param(run + ":bare")
				.query(String.class).single()).as("a bare phone's parameters are not kept").isEqualTo("{}");
		assertThat(jdbc.sql("SELECT params->>'name' FROM notification.notification WHERE idempotency_key = ?").param(run + ":a")
				.query(String.class).single()).as("the first request of a key wins").isEqualTo("An");
	}

	/** The one delivery of the notification with this key: recipient, area, kind, channel. */
	private List<String> delivery(String key) {
		return jdbc.sql("""
				SELECT d.recipient, d.area_path, d.kind, d.channel FROM notification.delivery d
				JOIN notification.notification n ON n.id = d.notification_id WHERE n.idempotency_key = ?""").param(key)
				.query((rs, row) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.single();
	}
}
