package vn.pccovid.checkin.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;

/**
 * What a check-in needs of a venue: that the scanned poster is ours and unaltered, that the venue takes check-ins,
 * and who may record check-ins for it.
 */
@Component
class VenueChecks {

	/** Most poster texts remembered; past it the memory starts afresh. */
	private static final int MAX_POSTERS = 100_000;

	private final LiveVenues venues;
	private final VenueQrs qrs;
	/**
	 * Poster texts already found equal to their venue's stored QR, with the venue id and key id they carry: a phone
	 * scans the same few posters again and again, and reading them out of the text (base64 and JSON) is the dearest
	 * step left on that path. Safe to keep: the text is still compared with the venue's stored QR (read fresh within
	 * the venue cache's TTL, so a reissued QR is seen), and its key is still checked against the retired ones.
	 */
	private final java.util.concurrent.ConcurrentHashMap<String, KnownPoster> knownPosters = new java.util.concurrent.ConcurrentHashMap<>();

	private record KnownPoster(UUID venue, String kid) {
	}

	VenueChecks(LiveVenues venues, VenueQrs qrs) {
		this.venues = venues;
		this.qrs = qrs;
	}

	/**
	 * The venue of a scanned poster. The common case is a scan equal to the stored QR (constant-time comparison, no
	 * signature check, but its key must not be retired); anything else must carry a valid signature of a venue key
	 * that is not retired. A forged or altered poster, one whose key is retired, or text that is no venue QR, is a
	 * 400 naming {@code field}.
	 */
	Venue ofPoster(String payload, String field) {
		if (payload == null || payload.isBlank()) {
			throw new InvalidInputException(field, "checkin.venueQr.required");
		}
		String text = payload.strip();
		KnownPoster known = knownPosters.get(text);
		Optional<UUID> id = known != null ? Optional.of(known.venue()) : qrs.venueIdOf(text);
		if (id.isEmpty()) {
			throw new InvalidInputException(field, "checkin.venueQr.invalid");
		}
		Optional<Venue> venue = venues.find(id.get());
		boolean stored = venue.isPresent() && MessageDigest.isEqual(venue.get().qr().getBytes(StandardCharsets.UTF_8),
				text.getBytes(StandardCharsets.UTF_8));
		String kid = known != null ? known.kid() : VenueQrs.kidOf(text);
		boolean genuine = stored && qrs.keyActive(kid);
		if (!genuine && !qrs.signatureValid(text)) {
			throw new InvalidInputException(field, qrs.keyActive(kid) ? "checkin.venueQr.forged" : "checkin.venueQr.retired");
		}
		if (genuine && known == null) {
			if (knownPosters.size() >= MAX_POSTERS) {
				knownPosters.clear();
			}
			knownPosters.put(text, new KnownPoster(id.get(), kid));
		}
		return venue.orElseThrow(() -> new InvalidInputException(field, "checkin.venueQr.unknownVenue"));
	}

	/** Throws a 409 unless the venue takes check-ins: suspended, or not yet approved. */
	static void requireOpen(Venue venue) {
		switch (venue.status()) {
			case APPROVED -> {
			}
			case SUSPENDED -> throw new ConflictException("venue", "checkin.venue.suspended", venue.name());
			case PENDING -> throw new ConflictException("venue", "checkin.venue.pending", venue.name());
		}
	}

	/**
	 * Whether the caller may record check-ins at the venue: a venue owner at their own venues only, a partner system
	 * (scanning without owning venues) at venues of its area.
	 */
	static boolean mayRecordAt(Actor actor, Venue venue) {
		if (!actor.can(Permission.VENUE_SCAN)) {
			return false;
		}
		return actor.can(Permission.VENUE_REGISTER) ? venue.ownedBy(actor.id()) : actor.scope().covers(venue.ward());
	}
}
