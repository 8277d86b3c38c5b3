package vn.pccovid.declaration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/** The people a signed-in phone may declare for, and which one a page is about (the first when none is named). */
@Component
class PhonePeople {

	/**
	 * The people on the phone and the one chosen.
	 *
	 * @param people   everyone the phone acts for, with name and ward
	 * @param selected the chosen one, or {@code null} when the phone acts for nobody
	 */
	record Choice(List<PersonSummary> people, PersonSummary selected) {
	}

	private final PeopleOnPhone peopleOnPhone;
	private final PersonSummaries summaries;
	private final DeclarantCheck declarants;

	PhonePeople(PeopleOnPhone peopleOnPhone, PersonSummaries summaries, DeclarantCheck declarants) {
		this.peopleOnPhone = peopleOnPhone;
		this.summaries = summaries;
		this.declarants = declarants;
	}

	/** The named person (404 when the phone does not act for them), or the first on the phone. */
	Choice choose(Actor citizen, UUID person) {
		if (person != null) {
			return chosen(citizen, person);
		}
		List<PersonSummary> people = all(citizen);
		return new Choice(people, people.isEmpty() ? null : people.get(0));
	}

	/** The named person, who must be on the phone (404 otherwise). */
	Choice chosen(Actor citizen, UUID person) {
		PersonSummary selected = declarants.onPhone(citizen, person);
		return new Choice(all(citizen), selected);
	}

	private List<PersonSummary> all(Actor citizen) {
		List<PersonSummary> people = new ArrayList<>();
		if (citizen.isCitizen()) {
			peopleOnPhone.personIds(citizen.id()).forEach(id -> summaries.summary(id).ifPresent(people::add));
		}
		return people;
	}
}
