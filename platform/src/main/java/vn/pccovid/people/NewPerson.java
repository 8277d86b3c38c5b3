package vn.pccovid.people;

import java.time.LocalDate;

/**
 * The identity a phone owner proves to add someone: it must match the registry exactly (names compared without
 * regard to diacritics, case or spacing).
 *
 * @param cccd        12-digit CCCD
 * @param fullName    full name
 * @param dateOfBirth date of birth
 */
public record NewPerson(String cccd, String fullName, LocalDate dateOfBirth) {
}
