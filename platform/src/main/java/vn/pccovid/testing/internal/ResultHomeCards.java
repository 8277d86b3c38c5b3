package vn.pccovid.testing.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;

/** The home screen's testing cards: an open re-test order (where and when to go) and the latest result. */
@Component
class ResultHomeCards implements HomeCards {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(SamplingSiteManagement.VIETNAM);

	private final ResultHistory history;

	ResultHomeCards(ResultHistory history) {
		this.history = history;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		List<ResultHistory.Item> items = history.of(personId, 10);
		if (items.isEmpty()) {
			return List.of();
		}
		String link = "/me/results?person=" + personId;
		List<HomeCard> cards = new ArrayList<>();
		items.stream().filter(i -> i.retestOrder() != null).findFirst().ifPresent(i -> cards.add(new HomeCard(
				"testing.retest", HomeCard.Tone.WARNING, "testing.card.retest.title", List.of(), "testing.card.retest.body",
				List.of(i.retestOrder().site(), i.retestOrder().hours()), link, 15)));
		ResultHistory.Item latest = items.get(0);
		HomeCard.Tone tone = switch (latest.result()) {
			case "POSITIVE" -> HomeCard.Tone.DANGER;
			case "NEGATIVE" -> HomeCard.Tone.GOOD;
			case "PENDING" -> HomeCard.Tone.INFO;
			default -> HomeCard.Tone.WARNING;
		};
		cards.add(new HomeCard("testing.result", tone, "testing.card.result.title",
				List.of(), "testing.result." + latest.result(), List.of(DAY.format(latest.takenAt()), latest.site()), link, 16));
		return cards;
	}
}
