package vn.pccovid.people.internal;

import vn.pccovid.core.PhoneNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.registry.Citizens;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/** The platform's answer to "who does this phone act for": its own registry records plus its active links. */
@Component
class PeopleDirectory implements PeopleOnPhone {

	private final PersonSummaries summaries;
	private final Citizens citizens;
	private final LinkRecords links;

	PeopleDirectory(PersonSummaries summaries, Citizens citizens, LinkRecords links) {
		this.summaries = summaries;
		this.citizens = citizens;
		this.links = links;
	}

	@Override
	public List<UUID> personIds(String phone) {
		if (phone == null) {
			return List.of();
		}
		LinkedHashSet<UUID> ids = new LinkedHashSet<>();
		// Ids only: asked before every booking of a flash crowd, where reading each person's summary costs more than the check.
		PhoneNumber.parse(phone).map(citizens::withPhone).orElse(List.of()).forEach(self -> ids.add(self.value()));
		ids.addAll(links.personIds(phone));
		return List.copyOf(ids);
	}

	@Override
	public List<String> phonesFor(UUID personId) {
		LinkedHashSet<String> phones = new LinkedHashSet<>();
		summaries.summary(personId).map(PersonSummary::phone).ifPresent(phones::add);
		phones.addAll(links.phonesOf(personId));
		return new ArrayList<>(phones);
	}

	@Override
	public Optional<AreaCode> areaOf(UUID personId) {
		return summaries.summary(personId).map(PersonSummary::area);
	}

	@Override
	public Map<UUID, List<String>> phonesForEach(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, PersonSummary> people = summaries.summaries(personIds);
		Map<UUID, List<String>> linked = links.phonesOf(personIds);
		Map<UUID, List<String>> phones = new HashMap<>();
		for (UUID id : new LinkedHashSet<>(personIds)) {
			LinkedHashSet<String> found = new LinkedHashSet<>();
			PersonSummary person = people.get(id);
			if (person != null && person.phone() != null) {
				found.add(person.phone());
			}
			found.addAll(linked.getOrDefault(id, List.of()));
			if (!found.isEmpty()) {
				phones.put(id, new ArrayList<>(found));
			}
		}
		return phones;
	}

	@Override
	public Map<UUID, AreaCode> areasOf(Collection<UUID> personIds) {
		Map<UUID, AreaCode> areas = new HashMap<>();
		summaries.summaries(personIds).forEach((id, person) -> areas.put(id, person.area()));
		return areas;
	}
}
