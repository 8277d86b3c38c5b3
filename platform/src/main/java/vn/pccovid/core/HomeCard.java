package vn.pccovid.core;

import java.util.List;

/**
 * One card on the citizen app's home screen about the selected person (identity verified, new messages, test
 * result, vaccination, F0/F1 status …). Texts are message keys with arguments, never text built from user input.
 *
 * @param kind      a stable name of the card, e.g. {@code notification.unread}; used as the card's CSS class
 * @param tone      how the card is coloured
 * @param titleKey  message key of the title
 * @param titleArgs arguments of the title
 * @param bodyKey   message key of the body, or {@code null}
 * @param bodyArgs  arguments of the body
 * @param link      where the card leads, or {@code null}
 * @param order     position on the screen, smaller first
 */
public record HomeCard(String kind, Tone tone, String titleKey, List<Object> titleArgs, String bodyKey,
		List<Object> bodyArgs, String link, int order) {

	/** The card's colour: what the person should make of it at a glance. */
	public enum Tone { INFO, GOOD, WARNING, DANGER }

	public HomeCard {
		titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
		bodyArgs = bodyArgs == null ? List.of() : List.copyOf(bodyArgs);
	}
}
