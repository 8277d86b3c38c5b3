package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * At the site: check-in by QR or CCCD (a walk-in is registered on the spot), the screening checklist (a deferring
 * answer defers the person with the reasons), and the list of people under observation after their dose.
 */
@Service
class SiteWorkflow {

	private final SiteManagement sites;
	private final PersonIdentification identification;
	private final Registering registering;
	private final Visits visits;
	private final ScreeningQuestions questions;
	private final Doses doses;
	private final Products products;
	private final Bookings bookings;
	private final PersonSummaries summaries;
	private final AuditLog audit;
	private final Clock clock;

	SiteWorkflow(SiteManagement sites, PersonIdentification identification, Registering registering, Visits visits,
			ScreeningQuestions questions, Doses doses, Products products, Bookings bookings, PersonSummaries summaries,
			AuditLog audit, Clock clock) {
		this.sites = sites;
		this.identification = identification;
		this.registering = registering;
		this.visits = visits;
		this.questions = questions;
		this.doses = doses;
		this.products = products;
		this.bookings = bookings;
		this.summaries = summaries;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	CheckedIn checkIn(Actor staff, UUID siteId, String personQr, String cccd, String priorityGroup) {
		Site site = sites.siteInScope(staff, siteId);
		PersonSummary person = identification.identify(staff, personQr, cccd, "vaccination check-in");
		Registration registration = registering.register(person, priorityGroup, "WALK_IN", staff.name());
		Visits.Visit visit = visits.checkIn(person.id(), site.id(), LocalDate.now(clock), clock.instant());
		DoseRules.NextDose next = products.rules().next(doses.of(person.id()), LocalDate.now(clock));
		Bookings.BookedPlace booking = bookings.active(person.id()).stream().filter(b -> b.siteId().equals(site.id()))
				.findFirst().orElse(null);
		return new CheckedIn(visit.id(), visit.status(), person.fullName(), person.yearOfBirth(), registration.priorityGroup(),
				registration.needsDocument(), next, booking, questions.all());
	}

	/** Records the answers: every question must be answered; a deferring "yes" defers with the reasons. */
	@Transactional
	Screened screen(Actor staff, UUID visitId, Map<String, Boolean> answers) {
		Visits.Visit visit = visits.find(visitId).orElseThrow(() -> new NotFoundException("vaccination.visit.unknown"));
		sites.siteInScope(staff, visit.site());
		if ("VACCINATED".equals(visit.status())) {
			throw new vn.pccovid.core.ConflictException("visitId", "vaccination.visit.done");
		}
		List<String> reasons = new ArrayList<>();
		for (ScreeningQuestions.Question question : questions.all()) {
			Boolean answer = answers == null ? null : answers.get(question.code());
			if (answer == null) {
				throw new InvalidInputException("answers." + question.code(), "vaccination.screening.missing", question.code());
			}
			if (answer && question.defers()) {
				reasons.add(question.code());
			}
		}
		DoseRules.NextDose next = products.rules().next(doses.of(visit.person()), visit.day());
		if (next == null || next.dueOn().isAfter(visit.day())) {
			reasons.add("NOT_DUE");
		}
		String status = reasons.isEmpty() ? "CLEARED" : "DEFERRED";
		visits.screened(visit.id(), status, reasons.isEmpty() ? null : String.join(",", reasons), clock.instant());
		audit.record(staff, AuditAction.UPDATE, staff.purpose(null), "vaccination screening",
				List.of(new AuditSubject(visit.person(), summaries.summary(visit.person()).map(PersonSummary::area).orElse(null))));
		return new Screened(visit.id(), status, reasons);
	}

	/** A visit as the console shows it; audited as a read of the person. */
	@Transactional
	VisitView visit(Actor staff, UUID visitId) {
		Visits.Visit visit = visits.find(visitId).orElseThrow(() -> new NotFoundException("vaccination.visit.unknown"));
		Site site = sites.siteInScope(staff, visit.site());
		PersonSummary person = summaries.summary(visit.person()).orElseThrow(() -> new NotFoundException("vaccination.person.unknown"));
		audit.record(staff, AuditAction.READ, staff.purpose(null), "vaccination visit", List.of(new AuditSubject(person.id(), person.area())));
		return new VisitView(visit, site, person.fullName(), person.yearOfBirth(),
				products.rules().next(doses.of(person.id()), visit.day()), questions.all());
	}

	/**
	 * A visit with what the console needs to go on.
	 *
	 * @param visit       the visit
	 * @param site        its site
	 * @param fullName    the person's name
	 * @param yearOfBirth year of birth
	 * @param nextDose    the next dose, or {@code null}
	 * @param screening   the checklist
	 */
	record VisitView(Visits.Visit visit, Site site, String fullName, int yearOfBirth, DoseRules.NextDose nextDose,
			List<ScreeningQuestions.Question> screening) {
	}

	/** The people whose 30-minute observation is running at the site; audited as a read of each. */
	@Transactional
	List<Observed> observation(Actor staff, UUID siteId) {
		sites.siteInScope(staff, siteId);
		List<Observed> observed = new ArrayList<>();
		List<AuditSubject> subjects = new ArrayList<>();
		for (Visits.Visit visit : visits.underObservation(siteId, clock.instant())) {
			summaries.summary(visit.person()).ifPresent(person -> {
				observed.add(new Observed(visit.id(), visit.dose(), person.fullName(), person.yearOfBirth(), visit.observeUntil()));
				subjects.add(new AuditSubject(person.id(), person.area()));
			});
		}
		if (!subjects.isEmpty()) {
			audit.record(staff, AuditAction.READ, staff.purpose(null), "vaccination observation list", subjects);
		}
		return observed;
	}

	/**
	 * A person checked in.
	 *
	 * @param visitId       the visit
	 * @param status        the visit's status
	 * @param fullName      name
	 * @param yearOfBirth   year of birth
	 * @param priorityGroup their registration's group
	 * @param needsDocument whether staff check a document for that group
	 * @param nextDose      the next dose and when it is due, or {@code null} when none is allowed
	 * @param booking       their booking at this site, or {@code null} (a walk-in)
	 * @param screening     the checklist to ask
	 */
	record CheckedIn(UUID visitId, String status, String fullName, int yearOfBirth, String priorityGroup,
			boolean needsDocument, DoseRules.NextDose nextDose, Bookings.BookedPlace booking,
			List<ScreeningQuestions.Question> screening) {
	}

	/**
	 * The screening's result.
	 *
	 * @param visitId the visit
	 * @param status  CLEARED or DEFERRED
	 * @param reasons the deferring answers ({@code NOT_DUE} when the next dose is not due yet)
	 */
	record Screened(UUID visitId, String status, List<String> reasons) {
	}

	/**
	 * A person under observation.
	 *
	 * @param visitId     visit
	 * @param doseId      the dose, to record an adverse event
	 * @param fullName    name
	 * @param yearOfBirth year of birth
	 * @param until       end of the observation
	 */
	record Observed(UUID visitId, UUID doseId, String fullName, int yearOfBirth, java.time.Instant until) {
	}
}
