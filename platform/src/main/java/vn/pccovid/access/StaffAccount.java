package vn.pccovid.access;

import java.util.Set;
import java.util.UUID;

/**
 * A staff member's account as others may see it (never the password hash).
 *
 * @param id          account id
 * @param username    sign-in name, lower case
 * @param displayName the person's name, NFC
 * @param roles       roles held
 * @param scope       where they apply
 * @param locked      whether sign-in is locked (too many failures, or by an admin)
 */
public record StaffAccount(UUID id, String username, String displayName, Set<Role> roles, Scope scope, boolean locked) {

	/** The account as the actor of a request. */
	public Actor asActor() {
		return new Actor(Actor.Kind.STAFF, id.toString(), username, roles, scope);
	}
}
