package vn.pccovid.access.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.geo.Areas;

/** What a staff account must satisfy, and what an administrator may hand out; each rule names the field at fault. */
@Component
class AccountRules {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	private final Areas areas;

	AccountRules(Areas areas) {
		this.areas = areas;
	}

	void validate(NewStaffAccount account) {
		if (account.username() == null || !USERNAME.matcher(account.username().strip().toLowerCase(Locale.ROOT)).matches()) {
			throw new InvalidInputException("username", "access.account.username");
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 120) {
			throw new InvalidInputException("displayName", "access.account.display-name");
		}
		// BCrypt reads only the first 72 bytes: a longer password would be cut without a word, or refused by the encoder.
		if (account.password() == null || account.password().length() < 10 || !StaffSignIn.fits(account.password())) {
			throw new InvalidInputException("password", "access.account.password");
		}
		roles(account.roles());
		scope(account.scope());
	}

	void roles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("roles", "access.account.roles");
		}
	}

	void scope(Scope scope) {
		if (scope == null) {
			throw new InvalidInputException("scopeArea", "access.account.scope");
		}
		if (!scope.isNational()) {
			String code = scope.area().value();
			boolean known = areas.find(code).map(area -> area.code().equals(scope.area())).orElse(false);
			if (!known) {
				throw new InvalidInputException("scopeArea", "geo.code.unknown", code);
			}
		}
	}

	/** Throws 403 unless the administrator may hand out these roles in this scope. */
	static void mayGrant(Actor administrator, Set<Role> roles, Scope scope) {
		if (!administrator.scope().contains(scope)) {
			throw new ForbiddenException("access.account.scope-outside");
		}
		if (roles.contains(Role.SYSTEM_ADMIN) && !isNationalSystemAdmin(administrator)) {
			throw new ForbiddenException("access.account.role-too-high");
		}
	}

	static boolean isNationalSystemAdmin(Actor actor) {
		return actor.roles().contains(Role.SYSTEM_ADMIN) && actor.scope().isNational();
	}
}
