package vn.pccovid.testing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Attempts of the public result lookup per client address in {@code testing.lookup_attempt}, counted atomically in
 * one statement (so concurrent requests on any node never get more than the quota between them) and in autocommit,
 * so an attempt counts even when the lookup then fails.
 */
@Repository
class LookupQuota {

	private final JdbcClient jdbc;
	private final TestingSettings settings;
	private final Clock clock;

	LookupQuota(JdbcClient jdbc, TestingSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Counts one attempt; answers how long the caller must wait when it is over the quota, else zero. */
	Duration attempt(String caller) {
		Instant now = clock.instant();
		Timestamp expired = Timestamp.from(now.minus(settings.lookupWindow()));
		return jdbc.sql("""
				INSERT INTO testing.lookup_attempt AS a (caller, window_start, attempts) VALUES (?, ?, 1)
				ON CONFLICT (caller) DO UPDATE SET
				    attempts = CASE WHEN a.window_start <= ? THEN 1 ELSE a.attempts + 1 END,
				    window_start = CASE WHEN a.window_start <= ? THEN EXCLUDED.window_start ELSE a.window_start END
				RETURNING attempts, window_start""")
				.params(caller, Timestamp.from(now), expired, expired)
				.query((rs, row) -> rs.getInt(1) <= settings.lookupAttempts() ? Duration.ZERO
						: remaining(rs.getTimestamp(2).toInstant(), now))
				.single();
	}

	/** Deletes counts whose window has passed. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	void purge() {
		jdbc.sql("DELETE FROM testing.lookup_attempt WHERE window_start <= ?")
				.param(Timestamp.from(clock.instant().minus(settings.lookupWindow()))).update();
	}

	private Duration remaining(Instant windowStart, Instant now) {
		Duration left = Duration.between(now, windowStart.plus(settings.lookupWindow()));
		return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
	}
}
