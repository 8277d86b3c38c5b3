package vn.pccovid.checkin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.personalqr.Identified;

/**
 * Check-ins sent in batches by venue devices and gateways. Every item is checked on its own: a bad one is reported
 * by index, field and reason and the good ones are stored. Idempotent by event id: a replayed item (same event id,
 * same day) is counted as a duplicate. The answer comes after the durable commit.
 */
@Service
class BatchIngest {

	/** One item as sent: strings, so that one malformed value rejects only its item. */
	record Item(String eventId, String venueId, String qr, String at) {
	}

	/** Why an item was not stored. */
	record Rejection(int index, String field, String reason) {
	}

	/** The answer. */
	record Outcome(int accepted, int duplicates, List<Rejection> rejected) {
	}

	/** How far in the future a device clock may run ahead. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final LiveVenues venues;
	private final BatchQrIdentities personalQr;
	private final Partitions partitions;
	private final GroupCommit writer;
	private final CheckInSettings settings;
	private final Clock clock;

	BatchIngest(LiveVenues venues, BatchQrIdentities personalQr, Partitions partitions, GroupCommit writer,
			CheckInSettings settings, Clock clock) {
		this.venues = venues;
		this.personalQr = personalQr;
		this.partitions = partitions;
		this.writer = writer;
		this.settings = settings;
		this.clock = clock;
	}

	Outcome ingest(Actor actor, List<Item> items) {
		actor.require(Permission.VENUE_SCAN);
		if (items == null || items.isEmpty()) {
			throw new InvalidInputException("items", "checkin.batch.empty");
		}
		if (items.size() > settings.batchItems()) {
			throw new InvalidInputException("items", "checkin.batch.tooMany", settings.batchItems());
		}
		Instant now = clock.instant();
		Instant oldest = now.minus(Duration.ofDays(settings.retentionDays()));
		List<Rejection> rejected = new ArrayList<>();
		List<Integer> candidates = new ArrayList<>();
		List<UUID> eventIds = new ArrayList<>();
		List<Venue> itemVenues = new ArrayList<>();
		List<Instant> ats = new ArrayList<>();
		List<String> qrs = new ArrayList<>();
		Map<UUID, Optional<Venue>> seen = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			if (item == null) {
				rejected.add(new Rejection(i, "item", "REQUIRED"));
				continue;
			}
			UUID eventId = uuid(item.eventId());
			if (eventId == null) {
				rejected.add(new Rejection(i, "eventId", item.eventId() == null ? "REQUIRED" : "MALFORMED"));
				continue;
			}
			UUID venueId = uuid(item.venueId());
			if (venueId == null) {
				rejected.add(new Rejection(i, "venueId", item.venueId() == null ? "REQUIRED" : "MALFORMED"));
				continue;
			}
			Instant at = BatchInstants.parse(item.at());
			if (at == null) {
				rejected.add(new Rejection(i, "at", item.at() == null ? "REQUIRED" : "MALFORMED"));
				continue;
			}
			if (at.isBefore(oldest) || at.isAfter(now.plus(CLOCK_SKEW))) {
				rejected.add(new Rejection(i, "at", "OUT_OF_RANGE"));
				continue;
			}
			if (item.qr() == null || item.qr().isBlank()) {
				rejected.add(new Rejection(i, "qr", "REQUIRED"));
				continue;
			}
			Optional<Venue> venue = seen.computeIfAbsent(venueId, venues::find);
			String venueProblem = venue.isEmpty() ? "UNKNOWN_VENUE" : venueProblem(actor, venue.get());
			if (venueProblem != null) {
				rejected.add(new Rejection(i, "venueId", venueProblem));
				continue;
			}
			candidates.add(i);
			eventIds.add(eventId);
			itemVenues.add(venue.get());
			ats.add(at);
			qrs.add(item.qr().strip());
		}
		List<Identified> persons = personalQr.identify(qrs);
		List<CheckInRow> rows = new ArrayList<>();
		Set<java.time.LocalDate> days = new HashSet<>();
		for (int k = 0; k < candidates.size(); k++) {
			Identified person = persons.get(k);
			if (!person.valid()) {
				rejected.add(new Rejection(candidates.get(k), "qr", person.reason().name()));
				continue;
			}
			Venue venue = itemVenues.get(k);
			CheckInRow row = new CheckInRow(eventIds.get(k), ats.get(k), venue.id(), venue.ward(), person.personId(),
					CheckInChannel.GATEWAY);
			rows.add(row);
			days.add(row.day());
		}
		days.forEach(partitions::ensure);
		int stored = writer.write(rows).size();
		rejected.sort(java.util.Comparator.comparingInt(Rejection::index));
		return new Outcome(stored, rows.size() - stored, rejected);
	}

	private static String venueProblem(Actor actor, Venue venue) {
		if (!VenueChecks.mayRecordAt(actor, venue)) {
			return "NOT_YOUR_VENUE";
		}
		return switch (venue.status()) {
			case APPROVED -> null;
			case SUSPENDED -> "VENUE_SUSPENDED";
			case PENDING -> "VENUE_NOT_APPROVED";
		};
	}

	private static UUID uuid(String text) {
		if (text == null || text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
