package vn.pccovid.access;

import java.time.Instant;
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
 * @param locked      whether an administrator has locked it (it cannot sign in or refresh tokens)
 * @param createdBy   the username of the administrator who opened it, or {@code platform}
 * @param createdAt   when it was opened
 */
public record StaffAccount(UUID id, String username, String displayName, Set<Role> roles, Scope scope, boolean locked,
		String createdBy, Instant createdAt) {

	/** The account as the actor of a request. */
	public Actor asActor() {
		return new Actor(Actor.Kind.STAFF, id.toString(), username, roles, scope);
	}
}
