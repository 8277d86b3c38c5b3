package vn.pccovid.access;

import vn.pccovid.core.Permission;
import java.util.List;
import java.util.Optional;

/** Staff accounts: opened by administrators within their own scope, or by the platform itself (first admin, demo). */
public interface StaffAccounts {

	/**
	 * Opens an account on behalf of an administrator, who needs {@link Permission#ACCOUNT_MANAGE} and may only hand
	 * out a scope inside their own (403 otherwise); a taken username is a 409, bad fields a 400.
	 */
	StaffAccount open(Actor administrator, NewStaffAccount account);

	/** Opens an account as the platform itself (the first administrator, demo accounts); same validation. */
	StaffAccount openAsPlatform(NewStaffAccount account);

	Optional<StaffAccount> findByUsername(String username);

	/**
	 * Makes every account whose username starts with the prefix unusable for good (no password matches, locked),
	 * as the platform itself (demo accounts outside demo mode); answers the usernames disabled now.
	 */
	List<String> disableAllStartingWith(String usernamePrefix);

	/** Accounts whose scope lies inside the given one, by username, keyset-paged after {@code afterUsername}. */
	List<StaffAccount> within(Scope scope, String afterUsername, int limit);
}
