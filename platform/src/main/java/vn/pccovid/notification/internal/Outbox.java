package vn.pccovid.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** The outbox table: read by administrators, emptied of messages older than 7 days. */
@Repository
class Outbox {

	static final Duration KEPT = Duration.ofDays(7);
	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One message in the outbox. */
	record Entry(long id, String recipient, String channel, String subject, String body, Instant createdAt) {
	}

	List<Entry> find(String recipient, Long before, int limit) {
		return jdbc.sql("""
				SELECT id, recipient, channel, subject, body, created_at FROM notification.outbox_message
				WHERE (?::text IS NULL OR recipient = ?) AND id < ? ORDER BY id DESC LIMIT ?""")
				.params(recipient, recipient, before == null ? Long.MAX_VALUE : before, limit)
				.query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getTimestamp(6).toInstant()))
				.list();
	}

	@Scheduled(fixedDelayString = "${pccovid.notification.retention-interval:PT1H}", initialDelayString = "PT5M")
	int purge() {
		int deleted = jdbc.sql("DELETE FROM notification.outbox_message WHERE created_at < ?")
				.param(Timestamp.from(clock.instant().minus(KEPT))).update();
		log.info("Outbox retention deleted {} messages older than {}", deleted, KEPT);
		return deleted;
	}
}
