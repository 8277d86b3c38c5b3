package vn.pccovid.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.core.TooManyRequestsException;

/**
 * Sliding-window quotas kept in the database, so every node of a deployment counts the same events (codes sent
 * per phone and per IP, failed code checks per IP). Checking a quota and recording its event are one step: each
 * key is locked for the caller's transaction ({@code pg_advisory_xact_lock}) before it is counted, so concurrent
 * requests are counted one after another and never all pass on the same count.
 */
@Component
class RateLimits {

	/** The advisory-lock class of rate keys (the two-integer lock space, apart from other users of advisory locks). */
	private static final int LOCK_CLASS = 0x0ACC_E55;

	private final JdbcClient jdbc;
	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** At most {@code limit} events of {@code key} in {@code window}; over it, a 429 with this message. */
	record Quota(String key, int limit, Duration window, String messageKey) {
	}

	/**
	 * Records one event of each quota's key, all or none: 429 with the wait until a slot frees when one of them is
	 * used up. Keys are locked in sorted order until the transaction ends, so two requests never deadlock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void take(List<Quota> quotas) {
		List<String> keys = quotas.stream().map(Quota::key).distinct().sorted(Comparator.naturalOrder()).toList();
		keys.forEach(this::lock);
		for (Quota quota : quotas) {
			refuseWhenUsedUp(quota);
		}
		keys.forEach(this::hit);
	}

	/** Locks the key for the transaction and throws 429 when it already had {@code limit} events in the window. */
	@Transactional(propagation = Propagation.MANDATORY)
	void check(String key, int limit, Duration window, String messageKey) {
		lock(key);
		refuseWhenUsedUp(new Quota(key, limit, window, messageKey));
	}

	void hit(String key) {
		jdbc.sql("INSERT INTO access.rate_event (key, at) VALUES (?, ?)").params(key, Timestamp.from(now())).update();
	}

	/** Forgets events older than the longest window in use. */
	int purgeOlderThan(Duration age) {
		return jdbc.sql("DELETE FROM access.rate_event WHERE at < ?").param(Timestamp.from(now().minus(age))).update();
	}

	private void lock(String key) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))").params(LOCK_CLASS, key).query((rs, row) -> 1).single();
	}

	private void refuseWhenUsedUp(Quota quota) {
		Instant now = now();
		var inWindow = jdbc.sql("SELECT at FROM access.rate_event WHERE key = ? AND at > ? ORDER BY at LIMIT ?")
				.params(quota.key(), Timestamp.from(now.minus(quota.window())), quota.limit())
				.query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
		if (inWindow.size() >= quota.limit()) {
			Duration wait = Duration.between(now, inWindow.get(0).plus(quota.window()));
			throw new TooManyRequestsException(Duration.ofSeconds(wholeSeconds(wait)), quota.messageKey(), quota.limit());
		}
	}

	/** A wait in whole seconds for {@code Retry-After}, rounded up (never tell a client to come back too early), at least 1. */
	static long wholeSeconds(Duration wait) {
		long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}

	/** The clock's time at PostgreSQL's precision, so that what is stored and what is compared are the same instant. */
	private Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}
}
