package vn.pccovid.notification;

/**
 * One message to one recipient.
 *
 * @param recipient a phone number (normalised) or an e-mail address
 * @param channel   how it travels
 * @param subject   short subject (used by e-mail)
 * @param body      the text, Vietnamese first
 */
public record Message(String recipient, Channel channel, String subject, String body) {

	/** How a message travels. */
	public enum Channel { SMS, EMAIL }
}
