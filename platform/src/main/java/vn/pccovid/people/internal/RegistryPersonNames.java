package vn.pccovid.people.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.PersonNames;
import vn.pccovid.registry.PersonSummaries;

/** Names the people on a phone for the citizen app's person switcher: one primary-key look-up each. */
@Component
class RegistryPersonNames implements PersonNames {

	private final PersonSummaries summaries;

	RegistryPersonNames(PersonSummaries summaries) {
		this.summaries = summaries;
	}

	@Override
	public Optional<Named> nameOf(UUID personId) {
		return summaries.summary(personId).map(person -> new Named(person.fullName(), person.yearOfBirth()));
	}
}
