package vn.pccovid.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.cases.CaseConfirmed;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CasePeriod;
import vn.pccovid.cases.CaseRecovered;
import vn.pccovid.cases.CaseState;
import vn.pccovid.cases.CaseStatus;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.cases.CaseSummary;
import vn.pccovid.cases.Cases;
import vn.pccovid.core.AreaCode;

/**
 * Keeps the case records: opens them, moves them through their lifecycle with a history row for every change,
 * publishes {@link CaseConfirmed} and {@link CaseRecovered}, and has the person notified when they reach a level.
 * Callers check who may do it; this class checks only what may happen.
 */
@Service
class CaseBook implements Cases, CaseStatuses {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CaseRecords records;
	private final CaseNotices notices;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseBook(CaseRecords records, CaseNotices notices, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/** What a change did. */
	enum Outcome { OPENED, RAISED, UNCHANGED }

	/** The case after a finding, and what the finding did to it. */
	record Change(CaseRecords.Row row, Outcome outcome) {
	}

	/**
	 * Records a finding about a person: opens a case at this level and state, or raises their active case when the
	 * level is more serious (an F2 found to be an F1, anyone found positive); otherwise changes nothing.
	 */
	@Transactional
	Change find(UUID person, CaseLevel level, AreaCode ward, LocalDate referenceDate, UUID sourceCase, String actor, String reason) {
		CaseState state = initialState(level);
		Instant now = clock.instant();
		Optional<CaseRecords.Row> active = records.activeOfForUpdate(person);
		if (active.isEmpty()) {
			UUID id = UUID.randomUUID();
			LocalDate firstPositive = level == CaseLevel.F0 ? referenceDate : null;
			if (!records.insert(id, person, level, state, now, ward, referenceDate, firstPositive, sourceCase)) {
				// Opened concurrently by another finding: treat this one as a finding about that case.
				return find(person, level, ward, referenceDate, sourceCase, actor, reason);
			}
			records.append(new CaseRecords.Transition(id, null, null, level, state, now, actor, reason));
			CaseRecords.Row row = records.find(id).orElseThrow();
			entered(row, now);
			return new Change(row, Outcome.OPENED);
		}
		CaseRecords.Row row = active.get();
		if (CaseLifecycle.rank(level) <= CaseLifecycle.rank(row.level())) {
			return new Change(row, Outcome.UNCHANGED);
		}
		LocalDate reference = level == CaseLevel.F0 && row.level() == CaseLevel.SUSPECTED && row.referenceDate().isBefore(referenceDate)
				? row.referenceDate() : referenceDate;
		return new Change(move(row, level, state, reference, sourceCase, now, actor, reason), Outcome.RAISED);
	}

	/** Moves a case to the state staff chose; the caller checked {@link CaseLifecycle#allows}. */
	@Transactional
	CaseRecords.Row transition(CaseRecords.Row row, CaseState to, String actor, String reason) {
		Instant now = clock.instant();
		CaseLevel level = CaseLifecycle.levelAfter(row.level(), to);
		LocalDate reference = level == CaseLevel.F0 && row.level() != CaseLevel.F0
				? LocalDate.ofInstant(now, VIETNAM) : row.referenceDate();
		return move(row, level, to, reference, row.sourceCase(), now, actor, reason);
	}

	private CaseRecords.Row move(CaseRecords.Row row, CaseLevel level, CaseState state, LocalDate reference, UUID source,
			Instant now, String actor, String reason) {
		LocalDate firstPositive = row.firstPositiveOn() != null ? row.firstPositiveOn() : level == CaseLevel.F0 ? reference : null;
		records.update(row.id(), level, state, now, reference, firstPositive, source);
		records.append(new CaseRecords.Transition(row.id(), row.level(), row.state(), level, state, now, actor, reason));
		CaseRecords.Row moved = records.find(row.id()).orElseThrow();
		if (level != row.level()) {
			entered(moved, now);
		}
		if (state == CaseState.RECOVERED && row.level() == CaseLevel.F0) {
			events.publishEvent(new CaseRecovered(row.id(), row.person(), firstPositive, LocalDate.ofInstant(now, VIETNAM)));
		}
		return moved;
	}

	/** A case reached a level: the person is told, and a new F0 is announced to tracing. */
	private void entered(CaseRecords.Row row, Instant now) {
		notices.send(row);
		if (row.level() == CaseLevel.F0) {
			events.publishEvent(new CaseConfirmed(row.id(), row.person(), row.ward(), row.referenceDate(), now));
		}
	}

	private static CaseState initialState(CaseLevel level) {
		return switch (level) {
			case F0 -> CaseState.CONFIRMED;
			case F1, F2 -> CaseState.QUARANTINED;
			case SUSPECTED -> CaseState.SUSPECTED;
		};
	}

	@Override
	public Optional<CaseSummary> find(UUID caseId) {
		return records.find(caseId).map(CaseBook::summary);
	}

	@Override
	@Transactional
	public CaseSummary openContact(ContactCase contact) {
		return summary(find(contact.person(), contact.level(), contact.ward(), contact.contactDate(), contact.sourceCase(),
				contact.actor(), contact.reason()).row());
	}

	@Override
	public Optional<CaseStatus> currentOf(UUID person) {
		return records.latestOf(person).map(row -> new CaseStatus(row.id(), row.person(), row.level(), row.state(), row.since()));
	}

	@Override
	public List<CasePeriod> historyOf(UUID person) {
		List<CasePeriod> periods = new ArrayList<>();
		CasePeriod open = null;
		for (CaseRecords.Transition t : records.historyOfPerson(person)) {
			LocalDate day = LocalDate.ofInstant(t.at(), VIETNAM);
			boolean newLevel = open == null || !open.caseId().equals(t.caseId()) || open.level() != t.toLevel();
			if (open != null && (newLevel || !t.toState().active())) {
				periods.add(new CasePeriod(open.caseId(), open.level(), open.from(), day));
				open = null;
			}
			if (open == null && t.toState().active()) {
				open = new CasePeriod(t.caseId(), t.toLevel(), day, null);
			}
		}
		if (open != null) {
			periods.add(open);
		}
		return List.copyOf(periods);
	}

	static CaseSummary summary(CaseRecords.Row row) {
		return new CaseSummary(row.id(), row.person(), row.level(), row.state(), row.since(), row.ward(), row.referenceDate());
	}
}
