package vn.pccovid.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.pccovid.core.TooManyRequestsException;

/**
 * Sliding-window quotas kept in the database, so every node of a deployment counts the same events
 * (codes sent per phone and per IP, failed code checks per IP).
 */
@Component
class RateLimits {

	private final JdbcClient jdbc;
	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Throws 429 with the wait until a slot frees when the key already had {@code limit} events in the window. */
	void check(String key, int limit, Duration window, String messageKey) {
		Instant now = clock.instant();
		var inWindow = jdbc.sql("SELECT at FROM access.rate_event WHERE key = ? AND at > ? ORDER BY at LIMIT ?")
				.params(key, Timestamp.from(now.minus(window)), limit)
				.query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
		if (inWindow.size() >= limit) {
			Duration wait = Duration.between(now, inWindow.get(0).plus(window));
			throw new TooManyRequestsException(wait.isNegative() ? Duration.ofSeconds(1) : wait, messageKey);
		}
	}

	void hit(String key) {
		jdbc.sql("INSERT INTO access.rate_event (key, at) VALUES (?, ?)").params(key, Timestamp.from(clock.instant())).update();
	}

	/** Forgets events older than the longest window in use. */
	int purgeOlderThan(Duration age) {
		return jdbc.sql("DELETE FROM access.rate_event WHERE at < ?").param(Timestamp.from(clock.instant().minus(age))).update();
	}
}
