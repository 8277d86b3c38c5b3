package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.VaccinationRecords;

/**
 * The electronic health book: every dose with date, product, lot and site, and the next dose due. Also the
 * module's {@link VaccinationRecords} for other modules (a system lookup; the module that shows it audits).
 */
@Service
class HealthBook implements VaccinationRecords {

	private final Doses doses;
	private final Products products;
	private final PeopleOnPhone people;
	private final Clock clock;

	HealthBook(Doses doses, Products products, PeopleOnPhone people, Clock clock) {
		this.doses = doses;
		this.products = products;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public List<AdministeredDose> dosesOf(UUID person) {
		return doses.of(person);
	}

	/** The book of a person on the citizen's phone; 404 for anyone else. */
	Book of(Actor citizen, UUID personId) {
		if (!citizen.isCitizen() || !people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("vaccination.person.unknown");
		}
		return of(personId);
	}

	Book of(UUID personId) {
		List<AdministeredDose> given = doses.of(personId);
		DoseRules rules = products.rules();
		Map<String, Product> all = products.all();
		List<Entry> entries = given.stream().map(d -> new Entry(d.dose(), d.doseNumber(), d.administeredOn(), d.product(),
				all.containsKey(d.product()) ? all.get(d.product()).name() : d.product(), d.lot(), d.site(),
				d.doseNumber() > d.seriesDoses())).toList();
		boolean fully = given.stream().anyMatch(AdministeredDose::completesSeries);
		return new Book(entries, fully, rules.next(given, LocalDate.now(clock)));
	}

	/**
	 * A person's health book.
	 *
	 * @param doses              the doses, oldest first
	 * @param fullyVaccinated    whether the primary series is complete
	 * @param nextDose           the next dose and its due date, or {@code null}
	 */
	record Book(List<Entry> doses, boolean fullyVaccinated, DoseRules.NextDose nextDose) {
	}

	/**
	 * One dose in the book.
	 *
	 * @param id             dose id
	 * @param doseNumber     number
	 * @param administeredOn day
	 * @param product        product code
	 * @param productName    product name
	 * @param lot            lot
	 * @param site           site name
	 * @param booster        whether it is a booster
	 */
	record Entry(UUID id, int doseNumber, LocalDate administeredOn, String product, String productName, String lot,
			String site, boolean booster) {
	}
}
