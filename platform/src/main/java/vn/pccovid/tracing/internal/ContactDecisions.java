package vn.pccovid.tracing.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseSummary;
import vn.pccovid.cases.Cases;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.PeopleOnPhone;

/**
 * Confirms or dismisses one contact of a run, in the caller's transaction: a confirmed contact becomes an F1/F2 case
 * (the cases module notifies them once per case and level) and joins the run's cluster in the transmission graph.
 */
@Component
class ContactDecisions {

	private final RunRecords runs;
	private final Cases cases;
	private final Links links;
	private final PeopleOnPhone people;
	private final Clock clock;

	ContactDecisions(RunRecords runs, Cases cases, Links links, PeopleOnPhone people, Clock clock) {
		this.runs = runs;
		this.cases = cases;
		this.links = links;
		this.people = people;
		this.clock = clock;
	}

	/** Confirms a pending contact; answers the contact's case. */
	CaseSummary confirm(RunRecords.Run run, RunRecords.Contact contact, String by, String reason) {
		AreaCode ward = people.areaOf(contact.person()).orElse(run.ward());
		CaseLevel level = CaseLevel.valueOf(contact.level());
		LocalDate day = LocalDate.ofInstant(contact.firstContact(), ContactFinder.VIETNAM);
		CaseSummary opened = cases.openContact(new Cases.ContactCase(contact.person(), level, ward, day, run.caseId(), by,
				reason == null ? "confirmed contact (" + level + ") of case " + run.caseId() : reason));
		runs.decide(run.id(), contact.person(), "CONFIRMED", by, clock.instant(), reason, opened.caseId());
		links.link(run.clusterId(), contact.person(), contact.via() != null ? contact.via() : run.person(), level.name(), ward,
				run.id(), clock.instant());
		return opened;
	}

	void dismiss(RunRecords.Run run, RunRecords.Contact contact, String by, String reason) {
		runs.decide(run.id(), contact.person(), "DISMISSED", by, clock.instant(), reason, null);
	}
}
