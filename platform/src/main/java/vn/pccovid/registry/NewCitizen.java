package vn.pccovid.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request to register one person, as received; {@link Citizens#register} validates every field and answers a 400
 * problem naming the first one at fault.
 *
 * @param cccd              12-digit CCCD
 * @param cmnd              old 9-digit CMND, or {@code null}
 * @param fullName          full name, any normalisation
 * @param dateOfBirth       date of birth
 * @param sex               sex
 * @param phone             Vietnamese mobile number ({@code 09…}, {@code +849…}), or {@code null}
 * @param permanentWard     GSO code of the ward of permanent residence, or {@code null} (then the current one)
 * @param permanentAddress  address line of the permanent residence, or {@code null}
 * @param currentWard       GSO code of the ward where the person lives now; must be inside the caller's scope
 * @param currentAddress    address line where the person lives now ({@code null} only for homeless people)
 * @param householdId       existing household to join (same ward), or {@code null} to open a new one
 * @param temporaryResident registered as a temporary resident (tạm trú); {@code null} means no
 * @param homeless          has no fixed address; {@code null} means no
 * @param shipper           works as a delivery rider; {@code null} means no
 */
public record NewCitizen(String cccd, String cmnd, String fullName, LocalDate dateOfBirth, Sex sex, String phone,
		String permanentWard, String permanentAddress, String currentWard, String currentAddress, UUID householdId,
		Boolean temporaryResident, Boolean homeless, Boolean shipper) {

	/** Whether the person has no fixed address ({@code null} means no). */
	public boolean isHomeless() {
		return Boolean.TRUE.equals(homeless);
	}
}
