package vn.pccovid.personalqr.internal;

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
 * Deletes tokens expired for more than {@link #KEPT_AFTER_EXPIRY}: a scan of one then answers {@code REVOKED}
 * (correctly signed, no longer on record) instead of {@code EXPIRED}, which is just as invalid.
 */
@Component
class TokenRetention {

	static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(30);
	private static final Logger log = LoggerFactory.getLogger(TokenRetention.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	TokenRetention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${pccovid.personalqr.retention-interval:PT1H}", initialDelayString = "PT7M")
	@Transactional
	public int purge() {
		return purgeAt(clock.instant());
	}

	int purgeAt(java.time.Instant now) {
		int deleted = jdbc.sql("DELETE FROM personalqr.token WHERE expires_at < ?")
				.param(Timestamp.from(now.minus(KEPT_AFTER_EXPIRY))).update();
		log.info("Personal-QR retention deleted {} tokens expired for more than {}", deleted, KEPT_AFTER_EXPIRY);
		return deleted;
	}
}
