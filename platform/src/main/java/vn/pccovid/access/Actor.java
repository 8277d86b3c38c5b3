package vn.pccovid.access;

import vn.pccovid.core.Permission;
import java.util.EnumSet;
import java.util.Set;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ForbiddenException;

/**
 * Whoever makes the current request: a staff member with roles in a scope, a citizen signed in by phone, or nobody.
 * Controllers receive it as a method parameter; services check it and record it in the audit log.
 *
 * @param kind  staff, citizen or anonymous
 * @param id    the staff account's id, the citizen's phone number, or {@code anonymous}
 * @param name  the username or phone shown in the audit log
 * @param roles the staff roles (empty for citizens and anonymous callers)
 * @param scope where the roles apply
 */
public record Actor(Kind kind, String id, String name, Set<Role> roles, Scope scope) implements java.io.Serializable {

	public static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, "anonymous", "anonymous", Set.of(), Scope.NATIONAL);

	/** What kind of caller this is. */
	public enum Kind { STAFF, CITIZEN, ANONYMOUS }

	public Actor {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public static Actor citizen(String phone) {
		return new Actor(Kind.CITIZEN, phone, phone, Set.of(), Scope.NATIONAL);
	}

	public boolean isStaff() {
		return kind == Kind.STAFF;
	}

	public boolean isCitizen() {
		return kind == Kind.CITIZEN;
	}

	/** Whether one of the staff roles grants the permission. */
	public boolean can(Permission permission) {
		return isStaff() && roles.stream().anyMatch(role -> role.grants(permission));
	}

	/** Throws a 403 problem unless the actor holds the permission. */
	public void require(Permission permission) {
		if (!can(permission)) {
			throw new ForbiddenException("access.permission.missing", permission.name());
		}
	}

	/** Throws a 403 problem unless a record in this area is within the actor's scope. */
	public void requireCovers(AreaCode recordArea) {
		if (!isStaff() || !scope.covers(recordArea)) {
			throw new ForbiddenException("access.area.outside");
		}
	}
}
