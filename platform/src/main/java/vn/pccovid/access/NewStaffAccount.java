package vn.pccovid.access;

import java.util.Set;

/**
 * What is needed to open a staff account.
 *
 * @param username    3–40 characters of a–z, 0–9, dot, dash, underscore
 * @param displayName the person's name
 * @param password    at least 10 characters
 * @param roles       at least one role
 * @param scope       where the roles apply
 */
public record NewStaffAccount(String username, String displayName, String password, Set<Role> roles, Scope scope) {
}
