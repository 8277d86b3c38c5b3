package vn.pccovid.registry;

import java.time.LocalDate;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * The little the citizen app and QR scanners need about a registered person: who they are, where they live, whether
 * they have a phone of their own and which household they belong to. Personal data: the caller audits its use.
 *
 * @param id          registry id
 * @param fullName    NFC
 * @param dateOfBirth date of birth
 * @param area        current ward with its district and province
 * @param phone       their own mobile ({@code 0} + 9 digits), or {@code null}
 * @param householdId their household, or {@code null} (homeless people)
 */
public record PersonSummary(UUID id, String fullName, LocalDate dateOfBirth, AreaCode area, String phone,
		UUID householdId) {

	/** Year of birth, all that most callers may show. */
	public int yearOfBirth() {
		return dateOfBirth.getYear();
	}
}
