package vn.pccovid.declaration.internal;

import java.time.LocalDate;

/**
 * A domestic movement declaration that health staff file for someone without a phone: the identity as on their
 * CCCD card, and the journey itself.
 *
 * @param cccd        12 digits
 * @param fullName    as on the card (diacritics and case do not matter)
 * @param dateOfBirth date of birth
 * @param fromWard    5-digit GSO ward code where the journey starts
 * @param toWard      5-digit GSO ward code where it ends
 * @param date        the day of travel
 * @param purpose     why
 * @param vehicle     how
 */
record StaffMovementForm(String cccd, String fullName, LocalDate dateOfBirth, String fromWard, String toWard, LocalDate date,
		String purpose, MovementForm.VehicleForm vehicle) {

	MovementForm movement() {
		return new MovementForm(fromWard, toWard, date, purpose, vehicle);
	}
}
