package vn.pccovid.access.internal;

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
 * Deletes what sign-in leaves behind once it is no longer needed: expired codes, old rate events, dead refresh
 * tokens (used ones included, once expired), sign-in counters quiet for {@code pccovid.access.sign-in.forget-after}.
 */
@Component
class AccessRetention {

	static final Duration RATE_EVENTS_KEPT = Duration.ofDays(1);
	private static final Logger log = LoggerFactory.getLogger(AccessRetention.class);

	private final CitizenSignIn codes;
	private final RateLimits limits;
	private final SignInThrottle throttle;
	private final JdbcClient jdbc;
	private final Clock clock;

	AccessRetention(CitizenSignIn codes, RateLimits limits, SignInThrottle throttle, JdbcClient jdbc, Clock clock) {
		this.codes = codes;
		this.limits = limits;
		this.throttle = throttle;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${pccovid.access.retention-interval:PT1H}", initialDelayString = "PT5M")
	@Transactional
	public void purge() {
		int challenges = codes.purgeExpired();
		int events = limits.purgeOlderThan(RATE_EVENTS_KEPT);
		int refresh = jdbc.sql("DELETE FROM access.refresh_token WHERE expires_at < ?")
				.param(Timestamp.from(clock.instant())).update();
		int throttles = throttle.purgeQuiet();
		log.info("Access retention deleted {} expired codes, {} rate events, {} refresh tokens, {} quiet sign-in counters",
				challenges, events, refresh, throttles);
	}
}
