package vn.pccovid.access.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.pccovid.access.StaffAccount;
import vn.pccovid.core.UnauthorizedException;

/**
 * Checks a staff member's username and password. Guessing is slowed by {@link SignInThrottle} (growing waits per
 * account, per account and address, and per address), never by a lock anyone could trigger. An unknown username,
 * an account locked by an administrator and a password over BCrypt's 72 bytes all answer like a wrong password,
 * after the same BCrypt work, so usernames cannot be probed.
 */
@Component
class StaffSignIn {

	/** BCrypt reads at most 72 bytes of a password; longer ones are refused, never silently cut. */
	static final int MAX_PASSWORD_BYTES = 72;

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final JdbcStaffAccounts accounts;
	private final SignInThrottle throttle;
	private final Clock clock;
	private final String dummyHash;

	StaffSignIn(JdbcClient jdbc, PasswordEncoder passwords, JdbcStaffAccounts accounts, SignInThrottle throttle, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.accounts = accounts;
		this.throttle = throttle;
		this.clock = clock;
		this.dummyHash = passwords.encode("not-a-real-password");
	}

	/** The account, if the password is its own; 401 otherwise, 429 with {@code Retry-After} while throttled. */
	StaffAccount signIn(String username, String password, String remoteAddr) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		List<SignInThrottle.Key> keys = throttle.keys(name, remoteAddr);
		throttle.attempt(keys);
		Optional<Credentials> found = jdbc.sql("SELECT id, password_hash, locked_until FROM access.staff_account WHERE username = ?")
				.param(name)
				.query((rs, row) -> new Credentials(rs.getObject("id", UUID.class), rs.getString("password_hash"),
						rs.getTimestamp("locked_until")))
				.optional();
		boolean usable = found.isPresent() && !found.get().lockedAt(clock);
		boolean checkable = password != null && fits(password);
		boolean matches = passwords.matches(checkable ? password : "", usable ? found.get().hash() : dummyHash)
				&& usable && checkable;
		if (!matches) {
			throw new UnauthorizedException("access.login.failed");
		}
		throttle.succeeded(keys);
		return accounts.findById(found.get().id()).orElseThrow(() -> new UnauthorizedException("access.login.failed"));
	}

	/** Whether BCrypt can check the whole password. */
	static boolean fits(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

	private record Credentials(UUID id, String hash, Timestamp lockedUntil) {

		boolean lockedAt(Clock clock) {
			return lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
		}
	}
}
