package vn.pccovid.checkin.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A venue as the API answers it to its owner and to staff of its area.
 *
 * @param id           venue id
 * @param name         name
 * @param type         type code
 * @param wardCode     5-digit ward code
 * @param address      address
 * @param latitude     or {@code null}
 * @param longitude    or {@code null}
 * @param status       {@code PENDING}, {@code APPROVED} or {@code SUSPENDED}
 * @param statusReason why, or {@code null}
 * @param qr           the signed venue QR (what the poster shows)
 * @param createdAt    registration time
 */
record VenueView(UUID id, String name, String type, String wardCode, String address, Double latitude, Double longitude,
		String status, String statusReason, String qr, Instant createdAt) {

	static VenueView of(Venue v) {
		return new VenueView(v.id(), v.name(), v.type().name(), v.ward().value(), v.address(), v.latitude(), v.longitude(),
				v.status().name(), v.statusReason(), v.qr(), v.createdAt());
	}
}
