package vn.pccovid.access.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.core.Permission;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.VietnameseText;

/** Staff accounts in {@code access.staff_account}, passwords hashed with BCrypt. */
@Service
class JdbcStaffAccounts implements StaffAccounts {

	static final String COLUMNS = "id, username, display_name, roles, scope_path, locked_until";

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final AccountRules rules;
	private final Clock clock;

	JdbcStaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, AccountRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	@Transactional
	public StaffAccount open(Actor administrator, NewStaffAccount account) {
		administrator.require(Permission.ACCOUNT_MANAGE);
		rules.validate(account);
		if (!administrator.scope().contains(account.scope())) {
			throw new ForbiddenException("access.account.scope-outside");
		}
		boolean grantsSystemAdmin = account.roles().contains(Role.SYSTEM_ADMIN);
		if (grantsSystemAdmin && !(administrator.roles().contains(Role.SYSTEM_ADMIN) && administrator.scope().isNational())) {
			throw new ForbiddenException("access.account.role-too-high");
		}
		return insert(account, administrator.name());
	}

	@Override
	@Transactional
	public StaffAccount openAsPlatform(NewStaffAccount account) {
		rules.validate(account);
		return insert(account, "platform");
	}

	@Override
	public Optional<StaffAccount> findByUsername(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM access.staff_account WHERE username = ?")
				.param(username.strip().toLowerCase(java.util.Locale.ROOT)).query(this::map).optional();
	}

	@Override
	@Transactional
	public List<String> disableAllStartingWith(String usernamePrefix) {
		// '!disabled' is no BCrypt hash, so no password matches it; the lock also shows in account listings.
		return jdbc.sql("UPDATE access.staff_account SET password_hash = '!disabled', locked_until = 'infinity' "
				+ "WHERE starts_with(username, ?) AND password_hash <> '!disabled' RETURNING username")
				.param(usernamePrefix.strip().toLowerCase(java.util.Locale.ROOT)).query(String.class).list();
	}

	Optional<StaffAccount> findById(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM access.staff_account WHERE id = ?").param(id).query(this::map).optional();
	}

	@Override
	public List<StaffAccount> within(Scope scope, String afterUsername, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM access.staff_account "
				+ "WHERE (scope_path LIKE ? || '%' OR ? = '') AND username > ? ORDER BY username LIMIT ?")
				.params(scope.sqlPrefix(), scope.sqlPrefix(), afterUsername == null ? "" : afterUsername, limit)
				.query(this::map).list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM access.staff_account").query(Long.class).single();
	}

	private StaffAccount insert(NewStaffAccount account, String createdBy) {
		UUID id = UUID.randomUUID();
		String username = account.username().strip().toLowerCase(java.util.Locale.ROOT);
		try {
			jdbc.sql("""
					INSERT INTO access.staff_account (id, username, display_name, password_hash, roles, scope_path, created_at, created_by)
					VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?)""")
					.params(id, username, VietnameseText.nfc(account.displayName()), passwords.encode(account.password()),
							account.roles().stream().map(Role::name).sorted().toArray(String[]::new),
							account.scope().toString(), Timestamp.from(clock.instant()), createdBy)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("username", "access.account.username-taken", username);
		}
		return new StaffAccount(id, username, VietnameseText.nfc(account.displayName()), EnumSet.copyOf(account.roles()),
				account.scope(), false);
	}

	private StaffAccount map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		Set<Role> parsed = Arrays.stream((String[]) roles.getArray()).map(Role::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				parsed, Scope.parse(rs.getString("scope_path")),
				lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()));
	}
}
