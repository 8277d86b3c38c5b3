package vn.pccovid.movement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.pccovid.core.AreaCode;
import vn.pccovid.movement.PermitStatus;

/**
 * A travel permit as stored in {@code movement.permit}.
 *
 * @param id          permit id
 * @param person      registry id of the holder
 * @param fullName    holder's name (NFC), as verified against the registry
 * @param yearOfBirth holder's year of birth
 * @param ward        the deciding ward (the holder's residence)
 * @param purpose     purpose code
 * @param validFrom   first day
 * @param validTo     last day
 * @param zones       areas the permit allows
 * @param status      where it stands
 * @param applicant   {@code CITIZEN} or {@code ORGANISATION}
 * @param appliedBy   staff account id or citizen phone
 * @param appliedAt   when
 * @param reason      the police's reason, when decided
 * @param qr          the signed QR, once approved
 */
record Permit(UUID id, UUID person, String fullName, int yearOfBirth, AreaCode ward, String purpose, LocalDate validFrom,
		LocalDate validTo, List<AreaCode> zones, PermitStatus status, String applicant, String appliedBy, Instant appliedAt,
		String reason, String qr) {

	/** Whether the permit allows being in this ward (a zone is the ward itself or an area that holds it). */
	boolean covers(AreaCode ward) {
		return zones.stream().anyMatch(ward::isWithin);
	}
}
