package vn.pccovid.core;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, turned into an RFC 9457 problem detail by the global handler: a stable type,
 * an HTTP status, the field at fault (when one is) and a message looked up by key in the caller's language.
 * <p>
 * Arguments are placed into a fixed message; user input is never used as a message template.
 * <p>
 * It carries no stack trace: it is an answer to the caller, not a fault of the platform, and a flash crowd meets
 * thousands a second (a full slot, a booking made already), where filling a trace would cost more than the answer.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;
	private final String type;
	private final String field;
	private final String messageKey;
	private final transient Object[] arguments;

	protected ProblemException(HttpStatus status, String type, String field, String messageKey, Object... arguments) {
		super(messageKey + (field == null ? "" : " [" + field + "]") + " " + Arrays.toString(arguments), null, false, false);
		this.status = status;
		this.type = type;
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public HttpStatus status() {
		return status;
	}

	/** Short stable slug of the problem type, such as {@code invalid-input}; the handler makes it a URI. */
	public String type() {
		return type;
	}

	/** The request field at fault, as the caller named it, or {@code null}. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The message in the current request's language (pages show it; the API puts it in the problem's detail). */
	public String localizedMessage(MessageSource messages) {
		return messages.getMessage(messageKey, arguments, messageKey, LocaleContextHolder.getLocale());
	}
}
