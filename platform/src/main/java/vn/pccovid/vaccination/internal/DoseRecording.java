package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.DoseAdministered;

/**
 * Records a dose at a site, all in one transaction: the person identified, the dose rules checked (number,
 * interval, mixing), a screening deferral respected, one dose drawn from the lot's stock (refused when empty or
 * expired), the dose stored, the visit put under 30 minutes' observation, the booking used, {@link DoseAdministered}
 * published and the change audited.
 */
@Service
class DoseRecording {

	static final Duration OBSERVATION = Duration.ofMinutes(30);

	private final SiteManagement sites;
	private final PersonIdentification identification;
	private final Products products;
	private final Doses doses;
	private final StockLots stock;
	private final Visits visits;
	private final Bookings bookings;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final vn.pccovid.registry.PersonSummaries summaries;
	private final Clock clock;

	DoseRecording(SiteManagement sites, PersonIdentification identification, Products products, Doses doses, StockLots stock,
			Visits visits, Bookings bookings, ApplicationEventPublisher events, AuditLog audit,
			vn.pccovid.registry.PersonSummaries summaries, Clock clock) {
		this.summaries = summaries;
		this.sites = sites;
		this.identification = identification;
		this.products = products;
		this.doses = doses;
		this.stock = stock;
		this.visits = visits;
		this.bookings = bookings;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	RecordedDose record(Actor staff, DoseCommand command) {
		if (command.siteId() == null) {
			throw new InvalidInputException("siteId", "vaccination.dose.site");
		}
		Site site = sites.siteInScope(staff, command.siteId());
		PersonSummary person = identification.identify(staff, command.personQr(), command.cccd(), "vaccination dose");
		return record(staff, site, person, command);
	}

	/** Records the dose of a person checked in at the site (the console's visit page). */
	@Transactional
	RecordedDose recordForVisit(Actor staff, UUID visitId, String product, String lot, Integer doseNumber) {
		Visits.Visit visit = visits.find(visitId).orElseThrow(() -> new NotFoundException("vaccination.visit.unknown"));
		Site site = sites.siteInScope(staff, visit.site());
		PersonSummary person = summaries.summary(visit.person()).orElseThrow(() -> new NotFoundException("vaccination.person.unknown"));
		return record(staff, site, person, new DoseCommand(null, null, site.id(), product, lot, doseNumber, null));
	}

	private RecordedDose record(Actor staff, Site site, PersonSummary person, DoseCommand command) {
		if (command.doseNumber() == null) {
			throw new InvalidInputException("doseNumber", "vaccination.dose.number", 1);
		}
		String lot = StockKeeping.lot(command.lot());
		DoseRules rules = products.rules();
		Product product = rules.product(command.product());
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		List<AdministeredDose> earlier = doses.of(person.id());
		rules.check(earlier, product.code(), command.doseNumber(), today);
		Visits.Visit visit = visits.checkIn(person.id(), site.id(), today, now);
		if ("DEFERRED".equals(visit.status())) {
			throw new ConflictException("personQr", "vaccination.dose.deferred", visit.deferral());
		}
		if (!stock.administerOne(site.id(), product.code(), lot, product.dosesPerVial(), today)) {
			throw new ConflictException("lot", "vaccination.stock.empty");
		}
		int series = earlier.isEmpty() ? product.seriesDoses() : rules.seriesOf(earlier);
		AdministeredDose dose = new AdministeredDose(UUID.randomUUID(), product.code(), lot, command.doseNumber(), series,
				today, site.name());
		String vaccinator = command.vaccinator() == null || command.vaccinator().isBlank() ? staff.name()
				: command.vaccinator().strip();
		if (!doses.insert(person.id(), person.area(), person.yearOfBirth(), dose, site.id(), vaccinator, "SITE", now)) {
			throw new ConflictException("doseNumber", "vaccination.dose.recorded");
		}
		Instant observeUntil = now.plus(OBSERVATION);
		visits.vaccinated(visit.id(), dose.dose(), observeUntil);
		bookings.use(person.id(), dose.doseNumber(), now);
		events.publishEvent(new DoseAdministered(person.id(), person.area(), dose));
		audit.record(staff, AuditAction.CREATE, staff.purpose(null), "vaccination dose",
				List.of(new AuditSubject(person.id(), person.area())));
		return new RecordedDose(dose.dose(), person.fullName(), person.yearOfBirth(), product.code(), lot, dose.doseNumber(),
				today, site.id(), observeUntil, rules.next(append(earlier, dose), today));
	}

	/** Records an adverse event of a dose given at a site of the caller's scope. */
	@Transactional
	UUID adverseEvent(Actor staff, UUID doseId, String severity, String description) {
		Doses.DoseOwner owner = doses.owner(doseId).orElseThrow(() -> new NotFoundException("vaccination.dose.unknown"));
		if (owner.site() == null) {
			staff.requireCovers(owner.ward());
		}
		else {
			sites.siteInScope(staff, owner.site());
		}
		String level = severity == null ? "" : severity.strip().toUpperCase(Locale.ROOT);
		if (!List.of("MILD", "MODERATE", "SEVERE").contains(level)) {
			throw new InvalidInputException("severity", "vaccination.aefi.severity");
		}
		if (description == null || description.isBlank() || description.length() > 2000) {
			throw new InvalidInputException("description", "vaccination.aefi.description");
		}
		UUID id = UUID.randomUUID();
		doses.adverseEvent(id, doseId, level, vn.pccovid.core.VietnameseText.nfc(description.strip()), clock.instant(), staff.name());
		audit.record(staff, AuditAction.CREATE, staff.purpose(null), "vaccination adverse event",
				List.of(new AuditSubject(owner.person(), owner.ward())));
		return id;
	}

	private static List<AdministeredDose> append(List<AdministeredDose> earlier, AdministeredDose dose) {
		List<AdministeredDose> all = new java.util.ArrayList<>(earlier);
		all.add(dose);
		return all;
	}

	/**
	 * A dose to record.
	 *
	 * @param personQr   a personal QR or chip-CCCD QR, or {@code null}
	 * @param cccd       a CCCD, when there is no QR
	 * @param siteId     the site
	 * @param product    product code
	 * @param lot        lot number
	 * @param doseNumber the person's dose number
	 * @param vaccinator who gave it (default: the recording staff member)
	 */
	record DoseCommand(String personQr, String cccd, UUID siteId, String product, String lot, Integer doseNumber,
			String vaccinator) {
	}

	/**
	 * A dose recorded.
	 *
	 * @param id             dose id
	 * @param fullName       the person's name
	 * @param yearOfBirth    year of birth
	 * @param product        product code
	 * @param lot            lot
	 * @param doseNumber     number
	 * @param administeredOn day
	 * @param siteId         site
	 * @param observeUntil   end of the 30-minute observation
	 * @param nextDose       the next dose and its due date, or {@code null}
	 */
	record RecordedDose(UUID id, String fullName, int yearOfBirth, String product, String lot, int doseNumber,
			LocalDate administeredOn, UUID siteId, Instant observeUntil, DoseRules.NextDose nextDose) {
	}
}
