package vn.pccovid.checkin.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/**
 * Venues: registered by their owners (pending), approved or suspended by health staff of their area, each with a
 * signed QR. Who may see a venue: its owner, and staff who approve venues or read visitor logs in its area.
 */
@Service
class VenueRegistry {

	private final Venues venues;
	private final LiveVenues live;
	private final VenueQrs qrs;
	private final Areas areas;
	private final Clock clock;

	VenueRegistry(Venues venues, LiveVenues live, VenueQrs qrs, Areas areas, Clock clock) {
		this.venues = venues;
		this.live = live;
		this.qrs = qrs;
		this.areas = areas;
		this.clock = clock;
	}

	@Transactional
	Venue register(Actor owner, NewVenue request) {
		owner.require(Permission.VENUE_REGISTER);
		if (request == null) {
			throw new InvalidInputException("name", "checkin.venue.name.required");
		}
		String name = text(request.name(), "name", 200);
		VenueType type = type(request.type());
		AreaCode ward = ward(request.wardCode());
		String address = text(request.address(), "address", 300);
		coordinates(request.latitude(), request.longitude());
		owner.requireCovers(ward);
		UUID id = UUID.randomUUID();
		Venue venue = new Venue(id, name, type, ward, address, request.latitude(), request.longitude(), owner.id(),
				VenueStatus.PENDING, null, qrs.sign(id), clock.instant());
		venues.insert(venue);
		return venue;
	}

	/** Approves or suspends a venue of the caller's area (a reason is required to suspend). */
	@Transactional
	Venue setStatus(Actor staff, UUID id, String status, String reason) {
		staff.require(Permission.VENUE_APPROVE);
		VenueStatus target;
		try {
			target = VenueStatus.valueOf(status == null ? "" : status.strip());
		}
		catch (IllegalArgumentException e) {
			target = null;
		}
		if (target == null || target == VenueStatus.PENDING) {
			throw new InvalidInputException("status", "checkin.venue.status.invalid");
		}
		String why = reason == null || reason.isBlank() ? null : text(reason, "reason", 500);
		if (target == VenueStatus.SUSPENDED && why == null) {
			throw new InvalidInputException("reason", "checkin.venue.reason.required");
		}
		Venue venue = venues.find(id).orElseThrow(() -> new NotFoundException("checkin.venue.notFound"));
		staff.requireCovers(venue.ward());
		venues.updateStatus(id, target, why, staff.name(), clock.instant());
		live.forget(id);
		return venues.find(id).orElseThrow();
	}

	/**
	 * Signs the venue's QR again with the current key (its owner, or staff who approve venues of its area): the old
	 * poster keeps working until its key is retired; the new one must be printed.
	 */
	@Transactional
	Venue reissue(Actor actor, UUID id) {
		Venue venue = venues.find(id).orElseThrow(() -> new NotFoundException("checkin.venue.notFound"));
		if (!mayReissue(actor, venue)) {
			throw new ForbiddenException("checkin.venue.notYours");
		}
		venues.updateQr(id, qrs.sign(id));
		live.forget(id);
		return venues.find(id).orElseThrow();
	}

	/**
	 * Signs again, with the current key, the stored QR of every venue whose QR carries this key (after the key is
	 * retired, their old posters no longer verify; downloads must give working ones). Answers how many.
	 */
	int reissueSignedWith(String kid) {
		String header = VenueQrs.headerSegment(kid);
		int total = 0;
		List<UUID> batch;
		do {
			batch = venues.signedWith(header, 1000);
			for (UUID id : batch) {
				venues.updateQr(id, qrs.sign(id));
				live.forget(id);
			}
			total += batch.size();
		}
		while (!batch.isEmpty());
		return total;
	}

	/** A venue the caller may see (owner, or staff of its area); 404 unknown, 403 someone else's. */
	Venue visible(Actor actor, UUID id) {
		Venue venue = venues.find(id).orElseThrow(() -> new NotFoundException("checkin.venue.notFound"));
		if (!mayView(actor, venue)) {
			throw new ForbiddenException("checkin.venue.notYours");
		}
		return venue;
	}

	static boolean mayView(Actor actor, Venue venue) {
		return isOwner(actor, venue) || ((actor.can(Permission.VENUE_APPROVE) || actor.can(Permission.VISITOR_LOG_READ))
				&& actor.scope().covers(venue.ward()));
	}

	/** Its owner, or staff who approve venues of its area. */
	static boolean mayReissue(Actor actor, Venue venue) {
		return isOwner(actor, venue) || (actor.can(Permission.VENUE_APPROVE) && actor.scope().covers(venue.ward()));
	}

	static boolean isOwner(Actor actor, Venue venue) {
		return actor.can(Permission.VENUE_REGISTER) && venue.ownedBy(actor.id());
	}

	/** The caller's own venues (owners), or the venues of its area (staff), oldest first; optionally of one status. */
	KeysetPage<Venue> list(Actor actor, String status, String after, int limit) {
		VenueStatus only = null;
		if (status != null && !status.isBlank()) {
			try {
				only = VenueStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("status", "checkin.venue.status.unknown");
			}
		}
		Instant afterCreated = Instant.EPOCH;
		UUID afterId = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
		if (after != null && !after.isBlank()) {
			Keyset key = Keyset.parse(after, "after");
			afterCreated = key.at();
			afterId = key.id();
		}
		List<Venue> rows;
		if (actor.can(Permission.VENUE_APPROVE) || actor.can(Permission.VISITOR_LOG_READ)) {
			rows = venues.ofArea(actor.scope().sqlPrefix(), only, afterCreated, afterId, limit + 1);
		}
		else {
			actor.require(Permission.VENUE_REGISTER);
			VenueStatus wanted = only;
			rows = venues.ofOwner(actor.id(), afterCreated, afterId, limit + 1).stream()
					.filter(v -> wanted == null || v.status() == wanted).toList();
		}
		return KeysetPage.of(rows, limit, v -> new Keyset(v.createdAt(), v.id()).toString());
	}

	private static String text(String value, String field, int max) {
		String text = VietnameseText.nfc(value);
		if (text == null || text.isEmpty()) {
			throw new InvalidInputException(field, "checkin.venue." + field + ".required");
		}
		if (text.length() > max || text.chars().anyMatch(c -> Character.isISOControl(c))) {
			throw new InvalidInputException(field, "checkin.text.invalid", max);
		}
		return text;
	}

	private static VenueType type(String code) {
		try {
			return VenueType.valueOf(code == null ? "" : code.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("type", "checkin.venue.type.unknown", String.valueOf(code).length() > 40
					? String.valueOf(code).substring(0, 40) : String.valueOf(code),
					String.join(", ", java.util.Arrays.stream(VenueType.values()).map(Enum::name).toList()));
		}
	}

	private AreaCode ward(String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException("wardCode", "checkin.venue.wardCode.required");
		}
		if (!AreaCode.looksLikeCode(code.strip()) || code.strip().length() != 5) {
			throw new InvalidInputException("wardCode", "checkin.venue.wardCode.invalid");
		}
		Area area = areas.find(code.strip()).orElseThrow(() -> new InvalidInputException("wardCode", "checkin.venue.wardCode.invalid"));
		if (area.level() != AreaLevel.WARD) {
			throw new InvalidInputException("wardCode", "checkin.venue.wardCode.invalid");
		}
		return area.code();
	}

	private static void coordinates(Double latitude, Double longitude) {
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidInputException(latitude == null ? "latitude" : "longitude", "checkin.venue.coordinates.pair");
		}
		// Vietnam with its islands lies within 8°–24° N, 102°–118° E (Trường Sa reaches 117.8° E).
		if (latitude != null && (latitude.isNaN() || latitude < 8 || latitude > 24)) {
			throw new InvalidInputException("latitude", "checkin.venue.latitude.outside");
		}
		if (longitude != null && (longitude.isNaN() || longitude < 102 || longitude > 118)) {
			throw new InvalidInputException("longitude", "checkin.venue.longitude.outside");
		}
	}
}
