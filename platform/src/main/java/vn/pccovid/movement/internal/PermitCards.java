package vn.pccovid.movement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;
import vn.pccovid.movement.PermitStatus;

/** The home screen's permit card: the selected person's current permit (approved, pending or rejected), if any. */
@Component
class PermitCards implements HomeCards {

	static final String KIND = "movement.permit";
	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PermitRecords permits;
	private final PermitApplications applications;

	PermitCards(PermitRecords permits, PermitApplications applications) {
		this.permits = permits;
		this.applications = applications;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		LocalDate today = applications.today();
		return permits.ofPerson(personId).stream().filter(p -> !p.validTo().isBefore(today)).findFirst()
				.map(p -> List.of(card(p, personId))).orElse(List.of());
	}

	private static HomeCard card(Permit p, UUID personId) {
		HomeCard.Tone tone = p.status() == PermitStatus.APPROVED ? HomeCard.Tone.GOOD
				: p.status() == PermitStatus.PENDING ? HomeCard.Tone.INFO : HomeCard.Tone.WARNING;
		return new HomeCard(KIND, tone, "movement.card." + p.status().name().toLowerCase(java.util.Locale.ROOT) + ".title",
				List.of(), "movement.card.body", List.of(DAY.format(p.validFrom()), DAY.format(p.validTo())),
				"/me/people/" + personId + "/permits", 40);
	}
}
