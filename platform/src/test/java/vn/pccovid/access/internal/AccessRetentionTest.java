package vn.pccovid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.support.PlatformTest;

/** Retention really deletes expired codes, old rate events, dead refresh tokens and quiet sign-in counters, and keeps live ones. */
class AccessRetentionTest extends PlatformTest {

	@Autowired
	AccessRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesWhatExpiredAndKeepsWhatLives() {
		Instant now = clock.instant();
		String tag = "retention-" + System.nanoTime();
		jdbc.sql("INSERT INTO access.otp_challenge (phone, code_hmac, expires_at) VALUES (?, 'x', ?), (?, 'x', ?)")
				.params(tag + "-old", ts(now.minusSeconds(1)), tag + "-live", ts(now.plusSeconds(60))).update();
		jdbc.sql("INSERT INTO access.rate_event (key, at) VALUES (?, ?), (?, ?)")
				.params(tag + "-old", ts(now.minus(Duration.ofDays(1)).minusSeconds(1)), tag + "-live", ts(now.minus(Duration.ofHours(23))))
				.update();
		jdbc.sql("INSERT INTO access.refresh_token (token_hash, subject, expires_at, family) "
				+ "VALUES (?, 's', ?, gen_random_uuid()), (?, 's', ?, gen_random_uuid())")
				.params(tag + "-old", ts(now.minusSeconds(1)), tag + "-live", ts(now.plusSeconds(60))).update();

		jdbc.sql("""
				INSERT INTO access.sign_in_throttle (key, failures, delays, blocked_until, last_attempt_at)
				VALUES (?, 1, 0, NULL, ?), (?, 0, 3, ?, ?), (?, 2, 0, NULL, ?)""")
				.params(tag + "-old", ts(now.minus(Duration.ofHours(1)).minusSeconds(1)),
						tag + "-waiting", ts(now.plusSeconds(60)), ts(now.minus(Duration.ofHours(2))),
						tag + "-live", ts(now.minus(Duration.ofMinutes(59))))
				.update();

		retention.purge();

		assertThat(keys("SELECT phone FROM access.otp_challenge WHERE phone LIKE ?", tag)).containsExactly(tag + "-live");
		assertThat(keys("SELECT key FROM access.rate_event WHERE key LIKE ?", tag)).containsExactly(tag + "-live");
		assertThat(keys("SELECT token_hash FROM access.refresh_token WHERE token_hash LIKE ?", tag)).containsExactly(tag + "-live");
		assertThat(keys("SELECT key FROM access.sign_in_throttle WHERE key LIKE ?", tag))
				.containsExactlyInAnyOrder(tag + "-waiting", tag + "-live");
	}

	private java.util.List<String> keys(String sql, String tag) {
		return jdbc.sql(sql).param(tag + "%").query(String.class).list();
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}
}
