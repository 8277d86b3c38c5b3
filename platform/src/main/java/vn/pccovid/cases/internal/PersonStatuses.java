package vn.pccovid.cases.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;

/**
 * What the citizen app says about a person's case: their level while the case is active (F0, F1, F2, SUSPECTED),
 * how it ended (RECOVERED, CLEARED, DECEASED), or NONE; with the message key of what to do.
 */
@Component
class PersonStatuses {

	private final CaseRecords records;
	private final PeopleOnPhone people;

	PersonStatuses(CaseRecords records, PeopleOnPhone people) {
		this.records = records;
		this.people = people;
	}

	/**
	 * A person's status as the app shows it.
	 *
	 * @param status          F0, F1, F2, SUSPECTED, RECOVERED, CLEARED, DECEASED or NONE
	 * @param since           when it began, {@code null} for NONE
	 * @param instructionsKey message key of what to do
	 */
	record Status(String status, Instant since, String instructionsKey) {
	}

	/** The status of a person this phone acts for; 404 for anyone else (the same answer as for an unknown id). */
	Status of(String phone, UUID personId) {
		if (!people.mayActFor(phone, personId)) {
			throw new NotFoundException("cases.person.notFound");
		}
		return current(personId);
	}

	/** The status without checking the phone (the home card asks for a person already on the phone). */
	Status current(UUID personId) {
		return records.latestOf(personId).map(row -> {
			String status = row.state().active() ? row.level().name() : row.state().name();
			return new Status(status, row.since(), "cases.instructions." + status);
		}).orElse(new Status("NONE", null, "cases.instructions.NONE"));
	}
}
