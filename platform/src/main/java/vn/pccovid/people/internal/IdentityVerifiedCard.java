package vn.pccovid.people.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;
import vn.pccovid.registry.PersonSummaries;

/** The home screen's "identity verified" card: the selected person's registry record, name and year of birth. */
@Component
class IdentityVerifiedCard implements HomeCards {

	static final String KIND = "people.identity-verified";

	private final PersonSummaries summaries;

	IdentityVerifiedCard(PersonSummaries summaries) {
		this.summaries = summaries;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		return summaries.summary(personId).map(person -> List.of(new HomeCard(KIND, HomeCard.Tone.GOOD,
				"people.card.verified.title", List.of(), "people.card.verified.body",
				List.of(person.fullName(), String.valueOf(person.yearOfBirth())), null, 10))).orElse(List.of());
	}
}
