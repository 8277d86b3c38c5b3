package vn.pccovid.certificate.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;
import vn.pccovid.core.NotFoundException;

/** The COVID card on the home screen: its colour, leading to the person's certificates page. */
@Component
class CertificateHomeCards implements HomeCards {

	private final CovidCardService cards;
	private final IssuedCertificates issued;

	CertificateHomeCards(CovidCardService cards, IssuedCertificates issued) {
		this.cards = cards;
		this.issued = issued;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		CardColours.Decision decision;
		try {
			decision = cards.decisionFor(Actor.citizen(phone), personId);
		}
		catch (NotFoundException e) {
			return List.of();
		}
		HomeCard.Tone tone = switch (decision.colour()) {
			case GREEN -> HomeCard.Tone.GOOD;
			case YELLOW -> HomeCard.Tone.WARNING;
			case RED -> HomeCard.Tone.DANGER;
		};
		return List.of(new HomeCard("certificate.card", tone, "certificate.card.title." + decision.colour().name().toLowerCase(),
				List.of(), "certificate.card.body", List.of(issued.of(personId).size()),
				"/me/people/" + personId + "/certificates", 15));
	}
}
