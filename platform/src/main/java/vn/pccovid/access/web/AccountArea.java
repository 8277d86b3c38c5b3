package vn.pccovid.access.web;

/**
 * An area an administrator may choose for a new account.
 *
 * @param code     GSO code
 * @param fullName with the areas above it
 */
record AccountArea(String code, String fullName) {
}
