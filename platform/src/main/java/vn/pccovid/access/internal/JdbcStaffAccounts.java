package vn.pccovid.access.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.VietnameseText;

/**
 * Staff accounts in {@code access.staff_account}, passwords hashed with BCrypt. Every opening and change is
 * audited in the same transaction (action CREATE or UPDATE, purpose {@value #PURPOSE}, an entry without a citizen
 * whose {@code what} reads {@code account:<username> roles=… scope=…}), in the area of the account's scope.
 */
@Service
class JdbcStaffAccounts implements StaffAccounts {

	static final String COLUMNS = "id, username, display_name, roles, scope_path, locked_until, created_by, created_at";
	static final String PURPOSE = "account-management";
	/** Who opens accounts at start (the first administrator, demo accounts). */
	static final Actor PLATFORM = new Actor(Actor.Kind.ANONYMOUS, "platform", "platform", Set.of(), Scope.NATIONAL);

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final AccountRules rules;
	private final AuditLog audit;
	private final Clock clock;

	JdbcStaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, AccountRules rules, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public StaffAccount open(Actor administrator, NewStaffAccount account) {
		administrator.require(Permission.ACCOUNT_MANAGE);
		rules.validate(account);
		AccountRules.mayGrant(administrator, account.roles(), account.scope());
		return insert(account, administrator);
	}

	@Override
	@Transactional
	public StaffAccount openAsPlatform(NewStaffAccount account) {
		rules.validate(account);
		return insert(account, PLATFORM);
	}

	@Override
	@Transactional
	public StaffAccount change(Actor administrator, UUID accountId, AccountChange change) {
		administrator.require(Permission.ACCOUNT_MANAGE);
		if (change.roles() == null && change.scope() == null && change.locked() == null) {
			throw new InvalidInputException("roles", "access.account.change-empty");
		}
		StaffAccount before = jdbc.sql("SELECT " + COLUMNS + " FROM access.staff_account WHERE id = ? FOR UPDATE")
				.param(accountId).query(this::map).optional()
				.filter(found -> administrator.scope().contains(found.scope()))
				.orElseThrow(() -> new NotFoundException("access.account.not-found"));
		if (before.id().toString().equals(administrator.id())) {
			throw new ForbiddenException("access.account.self-change");
		}
		if (before.roles().contains(Role.SYSTEM_ADMIN) && !AccountRules.isNationalSystemAdmin(administrator)) {
			throw new ForbiddenException("access.account.role-too-high");
		}
		Set<Role> roles = change.roles() == null ? before.roles() : change.roles();
		Scope scope = change.scope() == null ? before.scope() : change.scope();
		boolean locked = change.locked() == null ? before.locked() : change.locked();
		rules.roles(roles);
		rules.scope(scope);
		AccountRules.mayGrant(administrator, roles, scope);
		jdbc.sql("UPDATE access.staff_account SET roles = ?::text[], scope_path = ?, locked_until = " 
				+ (locked ? "'infinity'" : "NULL") + " WHERE id = ?")
				.params(names(roles), scope.toString(), accountId).update();
		if (locked) {
			jdbc.sql("DELETE FROM access.refresh_token WHERE subject = ?").param(Actor.Kind.STAFF + ":" + accountId).update();
		}
		StaffAccount after = new StaffAccount(before.id(), before.username(), before.displayName(), EnumSet.copyOf(roles), scope,
				locked, before.createdBy(), before.createdAt());
		audit.recordMiss(administrator, AuditAction.UPDATE, PURPOSE, describe(after) + " (was " + grant(before) + ")",
				scope.area());
		return after;
	}

	@Override
	public Optional<StaffAccount> findByUsername(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM access.staff_account WHERE username = ?")
				.param(username.strip().toLowerCase(Locale.ROOT)).query(this::map).optional();
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

	private StaffAccount insert(NewStaffAccount account, Actor openedBy) {
		UUID id = UUID.randomUUID();
		String username = account.username().strip().toLowerCase(Locale.ROOT);
		String displayName = VietnameseText.nfc(account.displayName());
		var now = clock.instant();
		try {
			jdbc.sql("""
					INSERT INTO access.staff_account (id, username, display_name, password_hash, roles, scope_path, created_at, created_by)
					VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?)""")
					.params(id, username, displayName, passwords.encode(account.password()), names(account.roles()),
							account.scope().toString(), Timestamp.from(now), openedBy.name())
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("username", "access.account.username-taken", username);
		}
		StaffAccount opened = new StaffAccount(id, username, displayName, EnumSet.copyOf(account.roles()), account.scope(), false,
				openedBy.name(), now);
		audit.recordMiss(openedBy, AuditAction.CREATE, PURPOSE, describe(opened), account.scope().area());
		return opened;
	}

	/** What the audit log says about an account: {@code account:<username> roles=A,B scope=01.001 locked=false}. */
	static String describe(StaffAccount account) {
		return "account:" + account.username() + " " + grant(account);
	}

	private static String grant(StaffAccount account) {
		return "roles=" + String.join(",", names(account.roles())) + " scope=" + account.scope() + " locked=" + account.locked();
	}

	private static String[] names(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

	private StaffAccount map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		Set<Role> parsed = Arrays.stream((String[]) roles.getArray()).map(Role::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				parsed, Scope.parse(rs.getString("scope_path")),
				lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}
}
