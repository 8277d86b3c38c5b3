package vn.pccovid.checkin.internal;

import java.time.Instant;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A stored venue.
 *
 * @param id           venue id
 * @param name         NFC
 * @param type         kind of place
 * @param ward         its ward with district and province
 * @param address      street address, NFC
 * @param latitude     WGS84, or {@code null}
 * @param longitude    WGS84, or {@code null}
 * @param ownerId      the owner's staff account id
 * @param status       pending, approved or suspended
 * @param statusReason why it was suspended (or approved), or {@code null}
 * @param qr           the signed venue QR
 * @param createdAt    registration time
 */
record Venue(UUID id, String name, VenueType type, AreaCode ward, String address, Double latitude, Double longitude,
		String ownerId, VenueStatus status, String statusReason, String qr, Instant createdAt) {

	boolean ownedBy(String accountId) {
		return ownerId.equals(accountId);
	}
}
