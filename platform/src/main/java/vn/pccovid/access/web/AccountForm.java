package vn.pccovid.access.web;

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
