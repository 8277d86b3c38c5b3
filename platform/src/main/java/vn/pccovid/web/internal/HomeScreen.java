package vn.pccovid.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;
import vn.pccovid.core.PeopleOnPhone;

/**
 * The signed-in citizen's home screen: which of the people on the phone is selected ({@code ?person=}, remembered in
 * the session, the first by default) and the cards every module contributes about that person, in order.
 */
@Component
class HomeScreen {

	static final String SELECTED = HomeScreen.class.getName() + ".person";

	private static final Logger log = LoggerFactory.getLogger(HomeScreen.class);

	private final PeopleOnPhone people;
	private final List<HomeCards> cards;

	HomeScreen(Optional<PeopleOnPhone> people, List<HomeCards> cards) {
		this.people = people.orElse(null);
		this.cards = cards;
	}

	/** What the page shows: the people to switch between, the selected one (or none) and that person's cards. */
	record View(List<UUID> people, UUID selected, List<HomeCard> cards) {

		/** Position of the selected person, from 1, for the switcher's label. */
		int selectedNumber() {
			return people.indexOf(selected) + 1;
		}
	}

	View view(String phone, String asked, HttpSession session) {
		List<UUID> ids = people == null ? List.of() : people.personIds(phone);
		if (ids.isEmpty()) {
			return new View(List.of(), null, List.of());
		}
		UUID selected = parse(asked).filter(ids::contains)
				.or(() -> Optional.ofNullable(session.getAttribute(SELECTED)).map(UUID.class::cast).filter(ids::contains))
				.orElse(ids.get(0));
		session.setAttribute(SELECTED, selected);
		return new View(ids, selected, cardsFor(phone, selected));
	}

	private List<HomeCard> cardsFor(String phone, UUID person) {
		return cards.stream().flatMap(module -> {
			try {
				return module.cardsFor(phone, person).stream();
			}
			catch (RuntimeException e) {
				// One module's failure must not take the home screen down; its cards are left out.
				log.error("Home cards of {} failed", module.getClass().getName(), e);
				return java.util.stream.Stream.<HomeCard>empty();
			}
		}).sorted(Comparator.comparingInt(HomeCard::order)).toList();
	}

	private static Optional<UUID> parse(String value) {
		if (value == null || value.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
