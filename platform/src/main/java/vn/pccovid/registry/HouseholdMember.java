package vn.pccovid.registry;

import java.time.LocalDate;

import vn.pccovid.core.AreaCode;

/**
 * A member of a household as contact tracing needs them.
 *
 * @param id          registry id
 * @param fullName    NFC
 * @param dateOfBirth date of birth
 * @param area        the household's ward
 */
public record HouseholdMember(CitizenId id, String fullName, LocalDate dateOfBirth, AreaCode area) {
}
