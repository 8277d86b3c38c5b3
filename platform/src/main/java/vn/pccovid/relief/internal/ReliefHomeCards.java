package vn.pccovid.relief.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;

/** The home screen's relief card: how many programmes list the person and what was paid; none when neither. */
@Component
class ReliefHomeCards implements HomeCards {

	static final String KIND = "relief-support";

	private final CitizenRelief relief;

	ReliefHomeCards(CitizenRelief relief) {
		this.relief = relief;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		CitizenRelief.Overview overview = relief.overview(personId);
		if (overview.entitlements().isEmpty() && overview.payments().isEmpty()) {
			return List.of();
		}
		long paid = overview.payments().stream().mapToLong(CitizenRelief.Paid::amount).sum();
		List<Object> args = new ArrayList<>(List.of(overview.entitlements().size(), overview.payments().size(),
				String.format("%,d", paid).replace(',', '.')));
		return List.of(new HomeCard(KIND, HomeCard.Tone.INFO, "relief.card.title", List.of(), "relief.card.body", args,
				"/me/relief?person=" + personId, 60));
	}
}
