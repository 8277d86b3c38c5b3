package vn.pccovid.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes answered consent requests after {@link #KEPT} and unanswered ones after {@link #PENDING_KEPT} (the asking
 * phone may ask again); links stay until removed.
 */
@Component
class RequestRetention {

	static final Duration KEPT = Duration.ofDays(90);
	static final Duration PENDING_KEPT = Duration.ofDays(30);
	private static final Logger log = LoggerFactory.getLogger(RequestRetention.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	RequestRetention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${pccovid.people.retention-interval:PT1H}", initialDelayString = "PT6M")
	@Transactional
	public int purge() {
		return purgeAt(clock.instant());
	}

	int purgeAt(java.time.Instant now) {
		int deleted = jdbc.sql("""
				DELETE FROM people.consent_request
				WHERE (status <> 'PENDING' AND decided_at < ?) OR (status = 'PENDING' AND created_at < ?)""")
				.params(Timestamp.from(now.minus(KEPT)), Timestamp.from(now.minus(PENDING_KEPT)))
				.update();
		log.info("People retention deleted {} old consent requests", deleted);
		return deleted;
	}
}
