package vn.pccovid.declaration.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Reads declarations: a person's own history for the phones that act for them, and the lists of an area for its
 * health staff (keyset-paged, newest first). Every staff read is audited, one entry per person shown, and so are
 * searches that find nobody and refusals.
 */
@Service
class DeclarationReading {

	static final int MAX_PAGE = 100;

	private final DeclarantCheck declarants;
	private final HealthDeclarationRecords health;
	private final MovementDeclarationRecords movements;
	private final MovementQrs qrs;
	private final PersonSummaries summaries;
	private final Areas areas;
	private final AuditLog audit;

	DeclarationReading(DeclarantCheck declarants, HealthDeclarationRecords health, MovementDeclarationRecords movements,
			MovementQrs qrs, PersonSummaries summaries, Areas areas, AuditLog audit) {
		this.declarants = declarants;
		this.health = health;
		this.movements = movements;
		this.qrs = qrs;
		this.summaries = summaries;
		this.areas = areas;
		this.audit = audit;
	}

	KeysetPage<HealthView> ownHealth(Actor citizen, UUID personId, Long after, int limit) {
		PersonSummary person = declarants.onPhone(citizen, personId);
		int size = KeysetPage.checkedLimit(limit, MAX_PAGE);
		List<HealthDeclarationRecords.Row> rows = health.ofPerson(person.id(), after, size + 1);
		audit.recordSoon(citizen, AuditAction.READ, Actor.OWN_DATA, DeclarationFiling.WHAT_HEALTH,
				List.of(new AuditSubject(person.id(), person.area())));
		KeysetPage<HealthDeclarationRecords.Row> page = KeysetPage.of(rows, size, HealthDeclarationRecords.Row::seq);
		return new KeysetPage<>(page.items().stream().map(HealthView::own).toList(), page.next());
	}

	/** The person's journeys, each with its signed QR (signed anew: the QR names only id, date and kind). */
	KeysetPage<MovementView> ownMovements(Actor citizen, UUID personId, Long after, int limit) {
		PersonSummary person = declarants.onPhone(citizen, personId);
		int size = KeysetPage.checkedLimit(limit, MAX_PAGE);
		List<MovementDeclarationRecords.Row> rows = movements.ofPerson(person.id(), after, size + 1);
		audit.recordSoon(citizen, AuditAction.READ, Actor.OWN_DATA, DeclarationFiling.WHAT_MOVEMENT,
				List.of(new AuditSubject(person.id(), person.area())));
		KeysetPage<MovementDeclarationRecords.Row> page = KeysetPage.of(rows, size, MovementDeclarationRecords.Row::seq);
		return new KeysetPage<>(page.items().stream()
				.map(row -> MovementView.own(row, qrs.sign(row.movement().declaration(), row.movement().date()))).toList(),
				page.next());
	}

	/** One journey's QR for the phone that acts for the traveller; 404 for any other. */
	String ownMovementQr(Actor citizen, UUID personId, UUID declarationId) {
		PersonSummary person = declarants.onPhone(citizen, personId);
		MovementDeclarationRecords.Row row = movements.find(declarationId)
				.filter(found -> found.movement().person().equals(person.id()))
				.orElseThrow(() -> new NotFoundException("declaration.movement.notFound"));
		return qrs.sign(row.movement().declaration(), row.movement().date());
	}

	/** Health declarations of the caller's area (or of {@code ward} within it), filtered; audited per person shown. */
	KeysetPage<HealthView> areaHealth(Actor staff, String area, HealthDeclarationRecords.Filter filter, Long after,
			int limit, String requestedPurpose) {
		String purpose = staff.purpose(requestedPurpose);
		int size = KeysetPage.checkedLimit(limit, MAX_PAGE);
		String prefix = prefix(staff, area, purpose);
		List<HealthDeclarationRecords.Row> rows = health.inArea(prefix, filter, after, size + 1);
		KeysetPage<HealthDeclarationRecords.Row> page = KeysetPage.of(rows, size, HealthDeclarationRecords.Row::seq);
		Map<UUID, PersonSummary> people = people(page.items().stream().map(HealthDeclarationRecords.Row::personId).toList());
		auditList(staff, purpose, DeclarationFiling.WHAT_HEALTH, people.values(), prefix);
		return new KeysetPage<>(page.items().stream().map(row -> {
			PersonSummary person = people.get(row.personId());
			return HealthView.forStaff(row, person == null ? null : person.fullName(), person == null ? null : person.yearOfBirth());
		}).toList(), page.next());
	}

	/** Journeys of the area's residents and into the area, by day of travel; audited per person shown. */
	KeysetPage<MovementView> areaMovements(Actor staff, String area, java.time.LocalDate from, java.time.LocalDate to,
			Long after, int limit, String requestedPurpose) {
		String purpose = staff.purpose(requestedPurpose);
		int size = KeysetPage.checkedLimit(limit, MAX_PAGE);
		String prefix = prefix(staff, area, purpose);
		List<MovementDeclarationRecords.Row> rows = movements.inArea(prefix, from, to, after, size + 1);
		KeysetPage<MovementDeclarationRecords.Row> page = KeysetPage.of(rows, size, MovementDeclarationRecords.Row::seq);
		Map<UUID, PersonSummary> people = people(page.items().stream().map(row -> row.movement().person()).toList());
		auditList(staff, purpose, DeclarationFiling.WHAT_MOVEMENT, people.values(), prefix);
		return new KeysetPage<>(page.items().stream().map(row -> {
			PersonSummary person = people.get(row.movement().person());
			return MovementView.forStaff(row, person == null ? null : person.fullName(), person == null ? null : person.yearOfBirth());
		}).toList(), page.next());
	}

	/** The SQL prefix of the list: the caller's scope, or an area inside it (403, audited, for one outside). */
	private String prefix(Actor staff, String area, String purpose) {
		if (area == null || area.isBlank()) {
			return staff.scope().sqlPrefix();
		}
		String code = area.strip();
		if (!AreaCode.looksLikeCode(code)) {
			throw new InvalidInputException("area", "declaration.area.malformed");
		}
		AreaCode wanted = areas.find(code).map(Area::code)
				.orElseThrow(() -> new InvalidInputException("area", "declaration.area.malformed"));
		if (!staff.scope().covers(wanted)) {
			audit.recordMissSoon(staff, AuditAction.SEARCH, purpose, "declarations;refused", wanted);
			throw new ForbiddenException("access.area.outside");
		}
		return Scope.of(wanted).sqlPrefix();
	}

	private Map<UUID, PersonSummary> people(List<UUID> ids) {
		Map<UUID, PersonSummary> found = new HashMap<>();
		for (UUID id : ids) {
			if (!found.containsKey(id)) {
				summaries.summary(id).ifPresent(person -> found.put(id, person));
			}
		}
		return found;
	}

	private void auditList(Actor staff, String purpose, String what, java.util.Collection<PersonSummary> shown, String prefix) {
		if (shown.isEmpty()) {
			audit.recordMissSoon(staff, AuditAction.SEARCH, purpose, what, prefix.isEmpty() ? null : AreaCode.parsePath(prefix));
			return;
		}
		List<AuditSubject> subjects = new ArrayList<>();
		shown.forEach(person -> subjects.add(new AuditSubject(person.id(), person.area())));
		audit.recordSoon(staff, AuditAction.READ, purpose, what, subjects);
	}
}
