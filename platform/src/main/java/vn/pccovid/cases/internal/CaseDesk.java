package vn.pccovid.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseState;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.core.Permission;

/**
 * Cases as health staff and ward police see and change them (H2): lists and records in their area only, every read
 * and refusal audited, transitions checked against the lifecycle and kept in the history.
 */
@Service
class CaseDesk {

	static final int MAX_PAGE = 200;
	private static final int MAX_REASON = 500;

	private final CaseRecords records;
	private final CaseBook book;
	private final AuditLog audit;
	private final PeopleOnPhone people;

	CaseDesk(CaseRecords records, CaseBook book, AuditLog audit, PeopleOnPhone people) {
		this.records = records;
		this.book = book;
		this.audit = audit;
		this.people = people;
	}

	/** A page of cases in the area (the caller's scope when none), newest first; 403 for an area outside the scope. */
	@Transactional
	KeysetPage<CaseViews.Item> list(Actor actor, AreaCode area, String status, LocalDate from, LocalDate to, Long after, int limit) {
		String purpose = actor.purpose(null);
		if (area != null && !actor.scope().covers(area)) {
			audit.recordMissSoon(actor, AuditAction.SEARCH, purpose, "cases", area);
			throw new ForbiddenException("access.area.outside");
		}
		KeysetPage.checkedLimit(limit, MAX_PAGE);
		CaseLevel level = null;
		CaseState state = null;
		if (status != null && !status.isBlank()) {
			String name = status.strip().toUpperCase(Locale.ROOT);
			level = parse(CaseLevel.class, name);
			state = level == null ? parse(CaseState.class, name) : null;
			if (level == null && state == null) {
				throw new InvalidInputException("status", "cases.status.unknown", status.length() > 30 ? status.substring(0, 30) : status);
			}
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "cases.dates.order");
		}
		String prefix = area != null ? area.path() : actor.scope().sqlPrefix();
		var rows = records.list(new CaseRecords.Filter(prefix, level, state,
				from == null ? null : from.atStartOfDay(CaseBook.VIETNAM).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(CaseBook.VIETNAM).toInstant(), after, limit));
		KeysetPage<CaseRecords.Row> page = KeysetPage.of(rows, limit, CaseRecords.Row::seq);
		if (page.items().isEmpty()) {
			audit.recordMissSoon(actor, AuditAction.SEARCH, purpose, "cases", area != null ? area : actor.scope().area());
		}
		else {
			audit.record(actor, AuditAction.SEARCH, purpose, "cases", subjects(page.items()));
		}
		return new KeysetPage<>(page.items().stream().map(CaseViews.Item::of).toList(), page.next());
	}

	/** One case with its history: 404 unknown, 403 outside the caller's area; audited. */
	@Transactional
	CaseViews.Detail get(Actor actor, UUID id) {
		CaseRecords.Row row = visible(actor, id, AuditAction.READ);
		audit.record(actor, AuditAction.READ, actor.purpose(null), "case", List.of(new AuditSubject(row.person(), row.ward())));
		return CaseViews.Detail.of(row, records.historyOf(id));
	}

	/** Moves a case; 400 for an unknown target or a missing reason, 409 when the lifecycle forbids it. */
	@Transactional
	CaseViews.Detail transition(Actor actor, UUID id, String to, String reason) {
		actor.require(Permission.CASE_MANAGE);
		CaseState target = to == null ? null : parse(CaseState.class, to.strip().toUpperCase(Locale.ROOT));
		if (target == null) {
			throw new InvalidInputException("to", "cases.transition.to");
		}
		String why = reason(reason);
		CaseRecords.Row row = visible(actor, id, AuditAction.UPDATE);
		row = records.findForUpdate(id).orElseThrow();
		if (!CaseLifecycle.allows(row.state(), target)) {
			throw new ConflictException("to", "cases.transition.refused", row.state().name(), target.name());
		}
		CaseRecords.Row moved = book.transition(row, target, actor.name(), why);
		audit.record(actor, AuditAction.UPDATE, actor.purpose(null), "case", List.of(new AuditSubject(row.person(), row.ward())));
		return CaseViews.Detail.of(moved, records.historyOf(id));
	}

	/** Staff enter a case for a registry person in their area (suspected, F0, F1 or F2); 201 opened, 200 unchanged or raised. */
	@Transactional
	CaseBook.Change open(Actor actor, UUID person, String level, LocalDate referenceDate, String reason) {
		actor.require(Permission.CASE_MANAGE);
		if (person == null) {
			throw new InvalidInputException("personId", "cases.field.required", "personId");
		}
		CaseLevel caseLevel = level == null ? null : parse(CaseLevel.class, level.strip().toUpperCase(Locale.ROOT));
		if (caseLevel == null) {
			throw new InvalidInputException("level", "cases.level.unknown");
		}
		String why = reason(reason);
		AreaCode ward = people.areaOf(person).orElseThrow(() -> {
			audit.recordMissSoon(actor, AuditAction.CREATE, actor.purpose(null), "case", null);
			return new NotFoundException("cases.person.notFound");
		});
		if (!actor.scope().covers(ward)) {
			audit.recordMissSoon(actor, AuditAction.CREATE, actor.purpose(null), "case", ward);
			throw new ForbiddenException("access.area.outside");
		}
		CaseBook.Change change = book.find(person, caseLevel, ward, referenceDate != null ? referenceDate
				: LocalDate.now(CaseBook.VIETNAM), null, actor.name(), why);
		audit.record(actor, AuditAction.CREATE, actor.purpose(null), "case", List.of(new AuditSubject(person, ward)));
		return change;
	}

	CaseViews.Detail detail(CaseRecords.Row row) {
		return CaseViews.Detail.of(row, records.historyOf(row.id()));
	}

	private CaseRecords.Row visible(Actor actor, UUID id, AuditAction action) {
		CaseRecords.Row row = records.find(id).orElseThrow(() -> {
			audit.recordMissSoon(actor, action, actor.purpose(null), "case", null);
			return new NotFoundException("cases.case.notFound");
		});
		if (!actor.scope().covers(row.ward())) {
			audit.recordMissSoon(actor, action, actor.purpose(null), "case", row.ward());
			throw new ForbiddenException("access.area.outside");
		}
		return row;
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "cases.field.required", "reason");
		}
		if (reason.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "cases.reason.long", MAX_REASON);
		}
		return java.text.Normalizer.normalize(reason.strip(), java.text.Normalizer.Form.NFC);
	}

	private static List<AuditSubject> subjects(List<CaseRecords.Row> rows) {
		return rows.stream().map(row -> new AuditSubject(row.person(), row.ward())).toList();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}
}
