package vn.pccovid.registry.internal;

import java.time.LocalDate;
import java.util.UUID;

import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.Sex;

/**
 * A person who passed every registration rule, normalised and ready to store: NFC name and its folded key,
 * national-form phone, the current ward's area with its path.
 */
public record ValidCitizen(UUID id, String cccd, String cmnd, String fullName, String nameKey, LocalDate dateOfBirth,
		Sex sex, String phone, String permanentWard, String permanentAddress, String currentWard, String currentAddress,
		AreaCode area, UUID householdId, boolean temporaryResident, boolean homeless, boolean shipper) {

	/** The same person placed in a household. */
	public ValidCitizen inHousehold(UUID household) {
		return new ValidCitizen(id, cccd, cmnd, fullName, nameKey, dateOfBirth, sex, phone, permanentWard,
				permanentAddress, currentWard, currentAddress, area, household, temporaryResident, homeless, shipper);
	}
}
