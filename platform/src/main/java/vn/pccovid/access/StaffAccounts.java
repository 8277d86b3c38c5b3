package vn.pccovid.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.pccovid.core.Permission;

/**
 * Staff accounts: opened and changed by administrators within their own scope, or opened by the platform itself
 * (first admin, demo). Every opening and change is written to the audit log (who, which account, what roles,
 * which scope).
 */
public interface StaffAccounts {

	/**
	 * Opens an account on behalf of an administrator, who needs {@link Permission#ACCOUNT_MANAGE} and may only hand
	 * out a scope inside their own (403 otherwise); a taken username is a 409, bad fields a 400.
	 */
	StaffAccount open(Actor administrator, NewStaffAccount account);

	/** Opens an account as the platform itself (the first administrator, demo accounts); same validation. */
	StaffAccount openAsPlatform(NewStaffAccount account);

	/**
	 * Changes another account's roles, scope or lock on behalf of an administrator, under the rules of
	 * {@link #open}; nobody changes their own account (403), an account outside the administrator's scope is a 404.
	 */
	StaffAccount change(Actor administrator, UUID accountId, AccountChange change);

	Optional<StaffAccount> findByUsername(String username);

	/**
	 * Makes every account whose username starts with the prefix unusable for good (no password matches, locked),
	 * as the platform itself (demo accounts outside demo mode); answers the usernames disabled now.
	 */
	List<String> disableAllStartingWith(String usernamePrefix);

	/** Accounts whose scope lies inside the given one, by username, keyset-paged after {@code afterUsername}. */
	List<StaffAccount> within(Scope scope, String afterUsername, int limit);

	/**
	 * What to change in an account; {@code null} leaves a part as it is.
	 *
	 * @param roles  the roles it will hold (all of them), or {@code null}
	 * @param scope  where they will apply, or {@code null}
	 * @param locked whether it will be locked, or {@code null}
	 */
	record AccountChange(java.util.Set<Role> roles, Scope scope, Boolean locked) {
	}
}
