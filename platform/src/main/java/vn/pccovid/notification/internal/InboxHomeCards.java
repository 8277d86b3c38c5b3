package vn.pccovid.notification.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;

/** The "new messages" card on the home screen: shown while the selected person has unread messages. */
@Component
class InboxHomeCards implements HomeCards {

	private final Inbox inbox;

	InboxHomeCards(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public List<HomeCard> cardsFor(String phone, UUID personId) {
		int unread = inbox.unread(phone, personId);
		if (unread == 0) {
			return List.of();
		}
		return List.of(new HomeCard("notification.unread", HomeCard.Tone.INFO, "notification.card.unread.title",
				List.of(unread), "notification.card.unread.body", List.of(), "/me/inbox?personId=" + personId, 20));
	}
}
