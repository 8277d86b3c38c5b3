package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Registers people for vaccination in a priority group: a citizen for a person on their phone (whose identity the
 * registry verified when they were added), staff for a walk-in identified by QR or CCCD, an organisation for its list.
 * Without a group named, the first group the registry's data admits (documents are not guessed).
 */
@Service
class Registering {

	private final Registrations registrations;
	private final PersonSummaries summaries;
	private final PeopleOnPhone people;
	private final Clock clock;

	Registering(Registrations registrations, PersonSummaries summaries, PeopleOnPhone people, Clock clock) {
		this.registrations = registrations;
		this.summaries = summaries;
		this.people = people;
		this.clock = clock;
	}

	/** A citizen registers a person on their phone: 404 for anyone else. */
	@Transactional
	Registration byCitizen(Actor citizen, UUID personId, String group) {
		if (!people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("vaccination.person.unknown");
		}
		PersonSummary person = summaries.summary(personId).orElseThrow(() -> new NotFoundException("vaccination.person.unknown"));
		return register(person, group, "APP", citizen.name());
	}

	/** Registers an identified person (walk-in or list) in the channel. */
	@Transactional
	Registration register(PersonSummary person, String group, String channel, String by) {
		PriorityGroup chosen = choose(person, group);
		boolean created = registrations.insert(person.id(), person.area(), chosen.code(), channel, by, clock.instant());
		String stored = created ? chosen.code() : registrations.groupOf(person.id()).orElse(chosen.code());
		boolean needsDocument = registrations.groups().stream().filter(g -> g.code().equals(stored)).anyMatch(PriorityGroup::needsDocument);
		return new Registration(person.id(), stored, needsDocument, created);
	}

	List<PriorityGroup> groups() {
		return registrations.groups();
	}

	private PriorityGroup choose(PersonSummary person, String group) {
		LocalDate today = LocalDate.now(clock);
		List<PriorityGroup> groups = registrations.groups();
		if (group == null || group.isBlank()) {
			return groups.stream().filter(g -> !g.needsDocument() && g.admits(person.dateOfBirth(), person.area(), today))
					.findFirst().orElseThrow(() -> new InvalidInputException("priorityGroup", "vaccination.registration.no-group"));
		}
		String code = group.strip().toUpperCase(Locale.ROOT);
		PriorityGroup chosen = groups.stream().filter(g -> g.code().equals(code)).findFirst()
				.orElseThrow(() -> new InvalidInputException("priorityGroup", "vaccination.registration.group-unknown"));
		if (!chosen.admits(person.dateOfBirth(), person.area(), today)) {
			throw new InvalidInputException("priorityGroup", "vaccination.registration.not-admitted");
		}
		return chosen;
	}
}
