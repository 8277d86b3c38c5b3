package vn.pccovid.declaration.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;

/**
 * The home screen's warning after a health declaration with a symptom or exposure in the last 14 days: what to do
 * now (stay home, call the ward health station), linking to the person's declarations.
 */
@Component
class SuspicionCard implements HomeCards {

	static final String KIND = "declaration.suspicion";
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final HealthDeclarationRecords health;
	private final Clock clock;

	SuspicionCard(HealthDeclarationRecords health, Clock clock) {
		this.health = health;
		this.clock = clock;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		var since = DeclarationDates.today(clock).minusDays(DeclarationDates.HEALTH_DAYS_BACK);
		return health.latestSuspicious(personId, since).map(row -> List.of(new HomeCard(KIND, HomeCard.Tone.WARNING,
				"declaration.card.title", List.of(), "declaration.card.body", List.of(SHOWN.format(row.date())),
				CitizenDeclarationPages.PATH + "?person=" + personId, 5))).orElse(List.of());
	}
}
