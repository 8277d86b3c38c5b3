package vn.pccovid.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;

/** The status card on the citizen's home screen: F0/F1/F2/suspected with what to do; nothing without a case. */
@Component
class CaseHomeCards implements HomeCards {

	private final PersonStatuses statuses;

	CaseHomeCards(PersonStatuses statuses) {
		this.statuses = statuses;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		PersonStatuses.Status status = statuses.current(personId);
		if (status.since() == null) {
			return List.of();
		}
		HomeCard.Tone tone = switch (status.status()) {
			case "F0" -> HomeCard.Tone.DANGER;
			case "F1", "F2", "SUSPECTED" -> HomeCard.Tone.WARNING;
			default -> HomeCard.Tone.GOOD;
		};
		String since = LocalDate.ofInstant(status.since(), CaseBook.VIETNAM).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		return List.of(new HomeCard("cases.status", tone, "cases.card." + status.status(), List.of(since),
				status.instructionsKey(), List.of(), null, 5));
	}
}
