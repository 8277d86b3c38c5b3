package vn.pccovid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.support.PlatformTest;

/** Outbox messages older than 7 days are deleted; younger ones stay. */
class OutboxRetentionTest extends PlatformTest {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesMessagesOlderThanSevenDays() {
		String recipient = "retention-" + System.nanoTime() + "@example.org";
		var now = clock.instant();
		jdbc.sql("INSERT INTO notification.outbox_message (recipient, channel, subject, body, created_at) VALUES "
				+ "(?, 'EMAIL', 's', 'old', ?), (?, 'EMAIL', 's', 'young', ?)")
				.params(recipient, Timestamp.from(now.minus(Duration.ofDays(7)).minusSeconds(1)),
						recipient, Timestamp.from(now.minus(Duration.ofDays(6))))
				.update();
		assertThat(outbox.purge()).isGreaterThanOrEqualTo(1);
		assertThat(outbox.find(recipient, null, 10)).extracting(Outbox.Entry::body).containsExactly("young");
	}
}
