package vn.pccovid.core.internal;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with its control characters (and the Unicode line and paragraph separators) written as {@code \n}, {@code \r} or {@code \\uXXXX}: whatever a
 * request carried into a message (a user name, a parameter, an exception's text), it cannot start a forged log line.
 * Used by {@code logback-spring.xml} as {@code %safeMessage}.
 */
public class SafeMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return escape(super.convert(event));
	}

	static String escape(String message) {
		if (message == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			int type = Character.getType(c);
			boolean breaking = type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
			if (!breaking || c == '\t') {
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			if (out == null) {
				out = new StringBuilder(message.length() + 16).append(message, 0, i);
			}
			out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.format("\\u%04x", (int) c));
		}
		return out == null ? message : out.toString();
	}
}
