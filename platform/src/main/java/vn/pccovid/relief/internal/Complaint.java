package vn.pccovid.relief.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen's complaint, seen by the ward.
 *
 * @param id          its id
 * @param citizenId   about whom
 * @param programmeId the programme, or {@code null} ("I was left out" of any)
 * @param kind        left out, or not paid
 * @param message     the citizen's words, NFC, up to 1,000 characters
 * @param areaPath    the person's ward
 * @param filedAt     when
 * @param position    keyset
 */
record Complaint(UUID id, UUID citizenId, UUID programmeId, Kind kind, String message, String areaPath, Instant filedAt,
		long position) {

	/** What the complaint says. */
	enum Kind { LEFT_OUT, NOT_PAID }
}
