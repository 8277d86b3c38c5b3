package vn.pccovid.movement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.core.Permission;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Shippers' declarations (H1, H7): a person the registry flags as a shipper declares operating areas and hours from
 * the app; the ward police of the shipper's residence see the day's violations.
 */
@Service
class ShipperDeclarations {

	static final int MAX_AREAS = 20;

	private final ShipperRecords records;
	private final ShipperWatch watch;
	private final PersonSummaries summaries;
	private final PeopleOnPhone people;
	private final Areas areas;
	private final AuditLog audit;
	private final Clock clock;

	ShipperDeclarations(ShipperRecords records, ShipperWatch watch, PersonSummaries summaries, PeopleOnPhone people,
			Areas areas, AuditLog audit, Clock clock) {
		this.records = records;
		this.watch = watch;
		this.summaries = summaries;
		this.people = people;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the shipper sees: the declaration and the latest flags. */
	record Mine(List<String> areas, LocalTime from, LocalTime to, List<ShipperRecords.Violation> violations) {
	}

	/** Declares (or replaces) a shipper's areas and hours: 404 for a person not on this phone, 409 if not a shipper. */
	@Transactional
	ShipperDeclaration declare(Actor citizen, UUID personId, List<String> areaCodes, String from, String to) {
		PersonSummary person = ownPerson(citizen, personId);
		if (!summaries.isShipper(personId)) {
			throw new ConflictException("id", "movement.shipper.notFlagged");
		}
		if (areaCodes != null && areaCodes.size() > MAX_AREAS) {
			throw new InvalidInputException("areas", "movement.zones.tooMany", MAX_AREAS);
		}
		List<AreaCode> zones;
		try {
			zones = PermitForm.zones(areaCodes, areas);
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException("areas", e.messageKey(), e.arguments());
		}
		LocalTime start = time(from, "from");
		LocalTime end = time(to, "to");
		if (start.equals(end)) {
			throw new InvalidInputException("to", "movement.shipper.hours.empty");
		}
		ShipperDeclaration declaration = new ShipperDeclaration(personId, person.area(), zones, start, end);
		records.save(declaration, clock.instant());
		watch.declared(declaration);
		return declaration;
	}

	Mine mine(Actor citizen, UUID personId) {
		ownPerson(citizen, personId);
		ShipperDeclaration d = records.find(personId).orElseThrow(() -> new NotFoundException("movement.shipper.none"));
		return new Mine(d.areas().stream().map(AreaCode::value).toList(), d.from(), d.to(), records.ofPerson(personId, 50));
	}

	/** The day's violations of shippers living in an area of the caller's scope (default: the whole scope), audited. */
	@Transactional
	List<ShipperRecords.Violation> violations(Actor actor, String ward, String date) {
		actor.require(Permission.SHIPPER_READ);
		AreaCode area = ward == null || ward.isBlank() ? actor.scope().area() : areas.get(ward.strip(), "ward").code();
		if (area != null) {
			actor.requireCovers(area);
		}
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? LocalDate.now(clock.withZone(MovementTime.VIETNAM)) : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("date", "movement.date.format", date);
		}
		List<ShipperRecords.Violation> found = records.ofDay(area == null ? "" : area.path(), day);
		if (found.isEmpty()) {
			audit.recordMiss(actor, AuditAction.SEARCH, actor.purpose(null), "shipper-violations", area);
		}
		else {
			audit.record(actor, AuditAction.SEARCH, actor.purpose(null), "shipper-violations",
					found.stream().map(ShipperRecords.Violation::personId).distinct().map(id -> new AuditSubject(id, area)).toList());
		}
		return found;
	}

	private PersonSummary ownPerson(Actor citizen, UUID personId) {
		if (!citizen.isCitizen() || !people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("movement.person.unknown");
		}
		return summaries.summary(personId).orElseThrow(() -> new NotFoundException("movement.person.unknown"));
	}

	static LocalTime time(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "movement.shipper.hours.required");
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "movement.shipper.hours.format", text.strip());
		}
	}
}
