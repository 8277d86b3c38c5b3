package vn.pccovid.declaration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A health declaration as the request states it: symptom and exposure codes (empty or absent: none) and the day.
 *
 * @param symptoms  codes of {@link DeclarationCodes#SYMPTOMS}
 * @param exposures codes of {@link DeclarationCodes#EXPOSURES}
 * @param date      the day described
 */
record HealthForm(List<String> symptoms, List<String> exposures, LocalDate date) {

	/** The declaration checked: 400 naming the field at fault (the date first, then each unknown code). */
	Checked checked(Clock clock) {
		LocalDate day = DeclarationDates.healthDay(date, clock);
		return new Checked(day, DeclarationCodes.checked(symptoms, "symptoms", DeclarationCodes.SYMPTOMS),
				DeclarationCodes.checked(exposures, "exposures", DeclarationCodes.EXPOSURES));
	}

	/**
	 * A valid health declaration.
	 *
	 * @param date      within the last 14 days
	 * @param symptoms  known codes, in the form's order
	 * @param exposures known codes, in the form's order
	 */
	record Checked(LocalDate date, Set<String> symptoms, Set<String> exposures) {

		boolean suspicious() {
			return !symptoms.isEmpty() || !exposures.isEmpty();
		}
	}
}
