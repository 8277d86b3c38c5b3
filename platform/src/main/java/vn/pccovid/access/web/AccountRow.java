package vn.pccovid.access.web;

import java.util.List;

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
