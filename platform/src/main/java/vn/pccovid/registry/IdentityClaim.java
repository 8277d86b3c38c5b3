package vn.pccovid.registry;

import java.time.LocalDate;

/**
 * An identity to check against the registry, as a partner system or another module received it.
 *
 * @param cccd        12-digit CCCD
 * @param fullName    full name in any normalisation, with or without diacritics
 * @param dateOfBirth date of birth
 */
public record IdentityClaim(String cccd, String fullName, LocalDate dateOfBirth) {
}
