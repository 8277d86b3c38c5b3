package vn.pccovid.declaration.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Whether a signed-in phone may declare for (and read the declarations of) a person: only the people on that phone.
 * Anyone else is a 404, so a guessed id tells nothing about whether that person exists.
 */
@Component
class DeclarantCheck {

	private final PeopleOnPhone people;
	private final PersonSummaries summaries;

	DeclarantCheck(PeopleOnPhone people, PersonSummaries summaries) {
		this.people = people;
		this.summaries = summaries;
	}

	PersonSummary onPhone(Actor citizen, UUID personId) {
		if (!citizen.isCitizen() || personId == null || !people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("declaration.person.notFound");
		}
		return summaries.summary(personId).orElseThrow(() -> new NotFoundException("declaration.person.notFound"));
	}
}
