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
	 * Poster texts already found equal to their venue's stored QR, by venue id: a phone scans the same few posters
	 * again and again, and reading the id out of the text (base64 and JSON) is the dearest step left on that path.
	 * Safe to keep: a venue's QR never changes, and the venue itself (its status) is still read fresh each time.
	 */
	private final java.util.concurrent.ConcurrentHashMap<String, UUID> knownPosters = new java.util.concurrent.ConcurrentHashMap<>();

	VenueChecks(LiveVenues venues, VenueQrs qrs) {
		this.venues = venues;
		this.qrs = qrs;
	}

	/**
	 * The venue of a scanned poster. The common case is a scan equal to the stored QR (constant-time comparison, no
	 * signature check); anything else must carry a valid signature of the venue key. A forged or altered poster, or
	 * text that is no venue QR, is a 400 naming {@code field}.
	 */
	Venue ofPoster(String payload, String field) {
		if (payload == null || payload.isBlank()) {
			throw new InvalidInputException(field, "checkin.venueQr.required");
		}
		String text = payload.strip();
		UUID known = knownPosters.get(text);
		Optional<UUID> id = known != null ? Optional.of(known) : qrs.venueIdOf(text);
		if (id.isEmpty()) {
			throw new InvalidInputException(field, "checkin.venueQr.invalid");
		}
		Optional<Venue> venue = venues.find(id.get());
		boolean genuine = venue.isPresent() && MessageDigest.isEqual(venue.get().qr().getBytes(StandardCharsets.UTF_8),
				text.getBytes(StandardCharsets.UTF_8));
		if (!genuine && !qrs.signatureValid(text)) {
			throw new InvalidInputException(field, "checkin.venueQr.forged");
		}
		if (genuine && known == null) {
			if (knownPosters.size() >= MAX_POSTERS) {
				knownPosters.clear();
			}
			knownPosters.put(text, id.get());
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
