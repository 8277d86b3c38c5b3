package vn.pccovid.vaccination.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;

/** The home card about vaccination: doses so far and the next dose due (or that the person has had none). */
@Component
class VaccinationHomeCards implements HomeCards {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final HealthBook book;

	VaccinationHomeCards(HealthBook book) {
		this.book = book;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		HealthBook.Book of = book.of(personId);
		String link = "/me/vaccination?person=" + personId;
		if (of.doses().isEmpty()) {
			return List.of(new HomeCard("vaccination.none", HomeCard.Tone.WARNING, "vaccination.card.none.title", List.of(),
					"vaccination.card.none.body", List.of(), link, 30));
		}
		HomeCard.Tone tone = of.fullyVaccinated() ? HomeCard.Tone.GOOD : HomeCard.Tone.INFO;
		if (of.nextDose() == null) {
			return List.of(new HomeCard("vaccination.doses", tone, "vaccination.card.doses.title", List.of(of.doses().size()),
					null, List.of(), link, 30));
		}
		return List.of(new HomeCard("vaccination.doses", tone, "vaccination.card.doses.title", List.of(of.doses().size()),
				"vaccination.card.next.body", List.of(of.nextDose().doseNumber(), DAY.format(of.nextDose().dueOn())), link, 30));
	}
}
