package vn.pccovid.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.core.TooManyRequestsException;

/**
 * Growing waits for staff sign-in, counted in {@code access.sign_in_throttle} so that every node sees the same
 * counts (rules: {@link SignInSettings}). An attempt is counted <em>before</em> its password is checked, under row
 * locks, so that concurrent attempts cannot slip past the count; a successful one is taken back. Keys are built
 * from the username as typed, whether or not such an account exists, so an unknown name meets exactly the same
 * answers as a known one.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;
	private final SignInSettings settings;
	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** One counter and how many failures it allows before a wait. */
	record Key(String key, int allowed, boolean ofAccount) {
	}

	/** The counters of an attempt: the username, the username from this client address, the client address. */
	List<Key> keys(String username, String remoteAddr) {
		String name = username.length() > 64 ? "sha256:" + Tokens.sha256(username) : username;
		String address = ClientAddress.quotaKey(remoteAddr);
		return List.of(new Key("account:" + name, settings.failuresPerAccount(), true),
				new Key("account-ip:" + name + "|" + address, settings.failuresPerAccountAndIp(), true),
				new Key("ip:" + address, settings.failuresPerIp(), false));
	}

	/**
	 * Counts an attempt on its keys, or refuses it with 429 and {@code Retry-After} while one of them waits; the
	 * attempt that finds a key at its allowance starts that key's wait (and is refused too).
	 */
	@Transactional(noRollbackFor = TooManyRequestsException.class)
	void attempt(List<Key> keys) {
		Instant now = now();
		List<Key> ordered = keys.stream().sorted(Comparator.comparing(Key::key)).toList();
		List<State> states = ordered.stream().map(key -> lock(key, now)).toList();
		Duration wait = Duration.ZERO;
		for (State state : states) {
			if (state.blockedUntil() != null && state.blockedUntil().isAfter(now)) {
				wait = max(wait, Duration.between(now, state.blockedUntil()));
			}
		}
		if (wait.isZero()) {
			for (State state : states) {
				if (state.failures() >= state.key().allowed()) {
					Duration delay = settings.delay(state.delays());
					jdbc.sql("UPDATE access.sign_in_throttle SET failures = 0, delays = ?, blocked_until = ? WHERE key = ?")
							.params(state.delays() + 1, Timestamp.from(now.plus(delay)), state.key().key()).update();
					wait = max(wait, delay);
				}
			}
		}
		if (!wait.isZero()) {
			long seconds = RateLimits.wholeSeconds(wait);
			throw new TooManyRequestsException(Duration.ofSeconds(seconds), "access.login.throttled", seconds);
		}
		for (State state : states) {
			jdbc.sql("UPDATE access.sign_in_throttle SET failures = ?, delays = ?, last_attempt_at = ? WHERE key = ?")
					.params(state.failures() + 1, state.delays(), Timestamp.from(now), state.key().key()).update();
		}
	}

	/** Takes back a successful attempt: the account's counters are cleared, the address's count goes down by one. */
	@Transactional
	void succeeded(List<Key> keys) {
		for (Key key : keys.stream().sorted(Comparator.comparing(Key::key)).toList()) {
			if (key.ofAccount()) {
				jdbc.sql("DELETE FROM access.sign_in_throttle WHERE key = ?").param(key.key()).update();
			}
			else {
				jdbc.sql("UPDATE access.sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE key = ?")
						.param(key.key()).update();
			}
		}
	}

	/** Forgets counters that have been quiet for {@code forgetAfter}. */
	int purgeQuiet() {
		Timestamp quietSince = Timestamp.from(now().minus(settings.forgetAfter()));
		return jdbc.sql("""
				DELETE FROM access.sign_in_throttle
				WHERE last_attempt_at < ? AND (blocked_until IS NULL OR blocked_until < ?)""")
				.params(quietSince, quietSince).update();
	}

	/** The key's row, locked for this transaction; a counter quiet since {@code forgetAfter} reads as fresh. */
	private State lock(Key key, Instant now) {
		jdbc.sql("""
				INSERT INTO access.sign_in_throttle (key, failures, delays, blocked_until, last_attempt_at)
				VALUES (?, 0, 0, NULL, ?) ON CONFLICT (key) DO NOTHING""").params(key.key(), Timestamp.from(now)).update();
		State state = jdbc.sql("SELECT failures, delays, blocked_until, last_attempt_at FROM access.sign_in_throttle WHERE key = ? FOR UPDATE")
				.param(key.key())
				.query((rs, row) -> new State(key, rs.getInt(1), rs.getInt(2),
						rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()))
				.single();
		Instant quietSince = state.blockedUntil() != null && state.blockedUntil().isAfter(state.lastAttemptAt())
				? state.blockedUntil() : state.lastAttemptAt();
		boolean waiting = state.blockedUntil() != null && state.blockedUntil().isAfter(now);
		if (!waiting && quietSince.plus(settings.forgetAfter()).isBefore(now)) {
			return new State(key, 0, 0, null, now);
		}
		return state;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private record State(Key key, int failures, int delays, Instant blockedUntil, Instant lastAttemptAt) {
	}

	/** The clock's time at PostgreSQL's precision, so that what is stored and what is compared are the same instant. */
	private Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}
}
