package vn.pccovid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.support.PlatformTest;

/** Inbox messages and delivery rows older than 90 days are deleted; younger ones stay. */
class NotificationRetentionTest extends PlatformTest {

	@Autowired
	NotificationRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesNotificationsAndDeliveriesOlderThanNinetyDays() {
		UUID person = UUID.randomUUID();
		Instant now = clock.instant();
		long old = insert(person, now.minus(Duration.ofDays(90)).minusSeconds(1));
		long young = insert(person, now.minus(Duration.ofDays(89)));

		assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.sql("SELECT id FROM notification.notification WHERE person_id = ?").param(person).query(Long.class).list())
				.containsExactly(young);
		assertThat(jdbc.sql("SELECT notification_id FROM notification.delivery WHERE person_id = ?").param(person)
				.query(Long.class).list()).containsExactly(young).doesNotContain(old);
	}

	private long insert(UUID person, Instant at) {
		long id = jdbc.sql("""
				INSERT INTO notification.notification (idempotency_key, person_id, kind, params, created_at)
				VALUES (?, ?, 'notification.test', '{"name":"An"}', ?) RETURNING id""")
				.params("retention:" + UUID.randomUUID(), person, Timestamp.from(at)).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO notification.delivery (notification_id, person_id, kind, channel, recipient, status, attempts,
				next_attempt_at, created_at, sent_at) VALUES (?, ?, 'notification.test', 'SMS', '0912345678', 'SENT', 1, ?, ?, ?)""")
				.params(id, person, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at)).update();
		return id;
	}
}
