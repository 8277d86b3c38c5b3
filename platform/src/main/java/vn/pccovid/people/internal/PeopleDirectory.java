package vn.pccovid.people.internal;

import vn.pccovid.core.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/** The platform's answer to "who does this phone act for": its own registry records plus its active links. */
@Component
class PeopleDirectory implements PeopleOnPhone {

	private final PersonSummaries summaries;
	private final LinkRecords links;

	PeopleDirectory(PersonSummaries summaries, LinkRecords links) {
		this.summaries = summaries;
		this.links = links;
	}

	@Override
	public List<UUID> personIds(String phone) {
		if (phone == null) {
			return List.of();
		}
		LinkedHashSet<UUID> ids = new LinkedHashSet<>();
		PhoneNumber.parse(phone).map(summaries::withPhone).orElse(List.of()).forEach(self -> ids.add(self.id()));
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
}
