package vn.pccovid.core.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON value that parsed but breaks an {@link InputRules} rule; the message key says which. */
final class RejectedJsonValue extends InvalidFormatException {

	private final String messageKey;

	RejectedJsonValue(JsonParser parser, String messageKey, Class<?> target) {
		// The value itself stays out of the message, which may be logged.
		super(parser, "Rejected JSON value: " + messageKey, null, target);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
