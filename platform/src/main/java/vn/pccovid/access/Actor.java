package vn.pccovid.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.UploadJobTable;

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

	/** The one purpose a citizen gives: reading their own data. */
	public static final String OWN_DATA = "own-data";

	/** A staff member as a background job's table stores them, so the job runs with their rights. */
	public UploadJobTable.Owner asJobOwner() {
		return new UploadJobTable.Owner(id, name,
				String.join(",", roles.stream().map(Role::name).sorted().toList()), scope.toString());
	}

	/** The staff member a job table stored with {@link #asJobOwner()}. */
	public static Actor jobOwner(String id, String name, String roles, String scope) {
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(set::add);
		return new Actor(Kind.STAFF, id, name, set, Scope.parse(scope));
	}

	public static Actor citizen(String phone) {
		return new Actor(Kind.CITIZEN, phone, phone, Set.of(), Scope.NATIONAL);
	}

	/** The phone a citizen signed in with; empty for staff and anonymous callers. */
	public java.util.Optional<vn.pccovid.core.PhoneNumber> phone() {
		return isCitizen() ? vn.pccovid.core.PhoneNumber.parse(id) : java.util.Optional.empty();
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

	/**
	 * The purposes this actor may give for reading personal data, the default first: those of its roles (in the
	 * order of {@link Role}, each role's own order kept, without repeats); {@value #OWN_DATA} for a citizen; none
	 * for an anonymous caller.
	 */
	public List<String> purposes() {
		if (isCitizen()) {
			return List.of(OWN_DATA);
		}
		Set<String> purposes = new LinkedHashSet<>();
		for (Role role : Role.values()) {
			if (roles.contains(role)) {
				purposes.addAll(role.purposes());
			}
		}
		return List.copyOf(purposes);
	}

	/**
	 * The purpose to record for a read of personal data: the requested one when one of the actor's roles allows
	 * it, the actor's default purpose (the first of its first role) when none is requested, otherwise a 400 problem
	 * naming {@code purpose}. Controllers pass the request's {@code purpose} through it and audit the answer.
	 */
	public String purpose(String requested) {
		List<String> allowed = purposes();
		if (requested == null || requested.isBlank()) {
			if (allowed.isEmpty()) {
				throw new InvalidInputException("purpose", "access.purpose.none");
			}
			return allowed.get(0);
		}
		String purpose = requested.strip();
		if (!allowed.contains(purpose)) {
			String shown = purpose.length() > 60 ? purpose.substring(0, 60) + "…" : purpose;
			throw new InvalidInputException("purpose", "access.purpose.not-allowed", shown, String.join(", ", allowed));
		}
		return purpose;
	}
}
