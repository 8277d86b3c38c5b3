package vn.pccovid.relief.internal;

import java.util.UUID;

/**
 * One line of a ward's list.
 *
 * @param programmeId the programme
 * @param citizenId   registry id
 * @param payeeKey    {@code P:<citizen>} or {@code H:<household>}: what a payment is unique on
 * @param maskedName  "Nguyễn V. A." — all the list keeps of the name
 * @param birthYear   year of birth
 * @param areaPath    the ward's path
 * @param status      proposed or approved
 * @param proposedBy  the proposing officer's account id
 * @param approvedBy  the approving officer's account id, or {@code null}
 * @param position    order of proposal (the list's keyset)
 */
record Beneficiary(UUID programmeId, UUID citizenId, String payeeKey, String maskedName, int birthYear, String areaPath,
		Status status, String proposedBy, String approvedBy, long position) {

	/** Where the line stands: proposed by the ward, approved by the level above. */
	enum Status { PROPOSED, APPROVED }
}
