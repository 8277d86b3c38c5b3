package vn.pccovid.declaration.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A health declaration that health staff file for someone without a phone: the identity as on their CCCD card, and
 * the declaration itself.
 *
 * @param cccd        12 digits
 * @param fullName    as on the card (diacritics and case do not matter)
 * @param dateOfBirth date of birth
 * @param symptoms    symptom codes
 * @param exposures   exposure codes
 * @param date        the day described
 */
record StaffHealthForm(String cccd, String fullName, LocalDate dateOfBirth, List<String> symptoms, List<String> exposures,
		LocalDate date) {

	HealthForm health() {
		return new HealthForm(symptoms, exposures, date);
	}
}
