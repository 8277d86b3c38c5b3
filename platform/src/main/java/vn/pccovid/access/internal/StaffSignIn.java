package vn.pccovid.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.StaffAccount;
import vn.pccovid.core.UnauthorizedException;

/**
 * Checks a staff member's username and password. Five failures in a row lock the account for 15 minutes; an
 * unknown username costs the same time as a wrong password, so usernames cannot be probed.
 */
@Component
class StaffSignIn {

	static final int MAX_FAILURES = 5;
	static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final JdbcStaffAccounts accounts;
	private final Clock clock;
	private final String dummyHash;

	StaffSignIn(JdbcClient jdbc, PasswordEncoder passwords, JdbcStaffAccounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.accounts = accounts;
		this.clock = clock;
		this.dummyHash = passwords.encode("not-a-real-password");
	}

	@Transactional(noRollbackFor = UnauthorizedException.class)
	StaffAccount signIn(String username, String password) {
		String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		Optional<Credentials> found = jdbc.sql("""
				SELECT id, password_hash, failed_attempts, locked_until FROM access.staff_account
				WHERE username = ? FOR UPDATE""").param(name)
				.query((rs, row) -> new Credentials(rs.getObject("id", java.util.UUID.class), rs.getString("password_hash"),
						rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
				.optional();
		Instant now = clock.instant();
		if (found.isEmpty()) {
			passwords.matches(password == null ? "" : password, dummyHash);
			throw new UnauthorizedException("access.login.failed");
		}
		Credentials credentials = found.get();
		if (credentials.lockedUntil() != null && credentials.lockedUntil().isAfter(now)) {
			throw new UnauthorizedException("access.login.locked", Duration.between(now, credentials.lockedUntil()).toMinutes() + 1);
		}
		if (password == null || !passwords.matches(password, credentials.hash())) {
			jdbc.sql("""
					UPDATE access.staff_account
					SET failed_attempts = failed_attempts + 1,
					    locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
					WHERE id = ?""")
					.params(MAX_FAILURES, Timestamp.from(now.plus(LOCKOUT)), credentials.id()).update();
			throw new UnauthorizedException("access.login.failed");
		}
		jdbc.sql("UPDATE access.staff_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?")
				.param(credentials.id()).update();
		return accounts.findById(credentials.id()).orElseThrow();
	}

	private record Credentials(java.util.UUID id, String hash, Instant lockedUntil) {
	}
}
