package vn.pccovid.registry;

import java.time.LocalDate;

import vn.pccovid.core.AreaCode;

/**
 * A registered person as the caller may see them: callers without contact permission get the phone masked
 * ({@code 09******12}) and no address lines.
 *
 * @param id                registry id
 * @param cccd              12-digit CCCD
 * @param cmnd              old CMND or {@code null}
 * @param fullName          NFC
 * @param dateOfBirth       date of birth
 * @param sex               sex
 * @param phone             mobile number, masked for callers without contact permission, or {@code null}
 * @param permanent         permanent residence (address {@code null} when hidden)
 * @param current           current residence (address {@code null} when hidden)
 * @param area              the current residence's ward with its district and province
 * @param householdId       household, or {@code null} (homeless people)
 * @param temporaryResident temporary resident
 * @param homeless          no fixed address
 * @param shipper           delivery rider
 */
public record Citizen(CitizenId id, String cccd, String cmnd, String fullName, LocalDate dateOfBirth, Sex sex,
		String phone, Residence permanent, Residence current, AreaCode area, HouseholdId householdId,
		boolean temporaryResident, boolean homeless, boolean shipper) {
}
