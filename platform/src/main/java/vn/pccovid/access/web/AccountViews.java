package vn.pccovid.access.web;

import java.util.List;
import java.util.Set;

import vn.pccovid.access.Role;

/**
 * What the accounts page shows and keeps between tries.
 *
 * @param username    typed username
 * @param displayName typed name
 * @param roles       ticked roles
 * @param scopeArea   chosen GSO area code, empty for the administrator's own scope
 */
record AccountForm(String username, String displayName, Set<Role> roles, String scopeArea) {

	static AccountForm empty() {
		return new AccountForm("", "", Set.of(), "");
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}
}

/**
 * One account in the list.
 *
 * @param username    sign-in name
 * @param displayName the person's name
 * @param roles       role enum names
 * @param area        the scope's full name, {@code null} for the whole country
 * @param code        the scope's GSO code, {@code null} for the whole country
 * @param locked      whether sign-in is locked
 */
record AccountRow(String username, String displayName, List<String> roles, String area, String code, boolean locked) {
}

/**
 * An area an administrator may choose for a new account.
 *
 * @param code     GSO code
 * @param fullName with the areas above it
 */
record AccountArea(String code, String fullName) {
}
