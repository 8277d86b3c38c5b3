package vn.pccovid.checkin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Who visited a venue. Health staff of the venue's area see who and when (the read is audited against every person
 * on the page); the venue's owner sees only when, never who (the data serves pandemic control alone); anyone else
 * gets 403, audited as a refusal.
 */
@Service
class VisitorLogs {

	/** One visit as answered; {@code personId} and {@code fullName} are {@code null} for the owner. */
	record VisitorView(UUID personId, String fullName, Instant at, CheckInChannel via) {
	}

	static final Duration LONGEST_WINDOW = Duration.ofDays(31);

	private final Venues venues;
	private final CheckInRecords records;
	private final PersonSummaries persons;
	private final AuditLog audit;
	private final Clock clock;

	VisitorLogs(Venues venues, CheckInRecords records, PersonSummaries persons, AuditLog audit, Clock clock) {
		this.venues = venues;
		this.records = records;
		this.persons = persons;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	KeysetPage<VisitorView> visitors(Actor actor, UUID venueId, Instant from, Instant to, String after, int limit,
			String requestedPurpose) {
		String purpose = actor.purpose(requestedPurpose);
		Instant end = to == null ? clock.instant().plusSeconds(1) : to;
		Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
		if (!start.isBefore(end)) {
			throw new InvalidInputException("from", "checkin.window.order");
		}
		if (Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
			throw new InvalidInputException("to", "checkin.window.tooLong", LONGEST_WINDOW.toDays());
		}
		Keyset key = after == null || after.isBlank() ? null : Keyset.parse(after, "after");
		Optional<Venue> found = venues.find(venueId);
		if (found.isEmpty()) {
			audit.recordMiss(actor, AuditAction.READ, purpose, "visitors", null);
			throw new NotFoundException("checkin.venue.notFound");
		}
		Venue venue = found.get();
		boolean staff = actor.can(Permission.VISITOR_LOG_READ) && actor.scope().covers(venue.ward());
		if (!staff && !VenueRegistry.isOwner(actor, venue)) {
			audit.recordMiss(actor, AuditAction.READ, purpose, "visitors:refused", venue.ward());
			throw new ForbiddenException("checkin.visitors.forbidden");
		}
		List<CheckInRecords.Visit> page = records.visits(venueId, start, end, key == null ? null : key.at(),
				key == null ? null : key.id(), limit + 1);
		KeysetPage<CheckInRecords.Visit> keyed = KeysetPage.of(page, limit, v -> new Keyset(v.at(), v.eventId()).toString());
		List<VisitorView> items = new ArrayList<>(keyed.items().size());
		if (!staff) {
			keyed.items().forEach(v -> items.add(new VisitorView(null, null, v.at(), v.via())));
			return new KeysetPage<>(items, keyed.next());
		}
		List<AuditSubject> subjects = new ArrayList<>();
		// One query for the page's names, not one per visit.
		java.util.Map<UUID, PersonSummary> named = persons.summaries(keyed.items().stream().map(CheckInRecords.Visit::personId).toList());
		for (CheckInRecords.Visit visit : keyed.items()) {
			Optional<PersonSummary> person = Optional.ofNullable(named.get(visit.personId()));
			subjects.add(new AuditSubject(visit.personId(), person.map(PersonSummary::area).orElse(null)));
			items.add(new VisitorView(visit.personId(), person.map(PersonSummary::fullName).orElse(null), visit.at(), visit.via()));
		}
		if (subjects.isEmpty()) {
			audit.recordMiss(actor, AuditAction.READ, purpose, "visitors:" + venueId, venue.ward());
		}
		else {
			audit.record(actor, AuditAction.READ, purpose, "visitors:" + venueId, subjects);
		}
		return new KeysetPage<>(items, keyed.next());
	}

	/** Check-ins per hour, for the owner and staff of the area: counts only. */
	List<CheckInRecords.HourCount> counts(Actor actor, UUID venueId, Instant from, Instant to) {
		Venue venue = venues.find(venueId).orElseThrow(() -> new NotFoundException("checkin.venue.notFound"));
		if (!VenueRegistry.mayView(actor, venue)) {
			throw new ForbiddenException("checkin.venue.notYours");
		}
		Instant end = to == null ? clock.instant().plusSeconds(1) : to;
		Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
		if (!start.isBefore(end)) {
			throw new InvalidInputException("from", "checkin.window.order");
		}
		if (Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
			throw new InvalidInputException("to", "checkin.window.tooLong", LONGEST_WINDOW.toDays());
		}
		return records.hourlyCounts(venueId, start, end);
	}
}
