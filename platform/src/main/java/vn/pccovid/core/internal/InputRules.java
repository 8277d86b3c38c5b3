package vn.pccovid.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The rules every request value obeys before any module sees it: no control characters (JSON text may hold tabs and
 * line feeds), and times within the years PostgreSQL and people use (1 to 9999).
 */
final class InputRules {

	static final int FIRST_YEAR = 1;
	static final int LAST_YEAR = 9999;
	private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
	private static final Instant AFTER_LAST_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");

	private InputRules() {
	}

	/** Whether the text holds a control character; {@code text} allows tab and line feed (JSON strings). */
	static boolean hasControlCharacter(String value, boolean text) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.getType(c) == Character.CONTROL && !(text && (c == '\t' || c == '\n'))) {
				return true;
			}
		}
		return false;
	}

	/** A value safe to write into a log line or a problem: control characters shown as {@code \\uXXXX}. */
	static String escaped(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.getType(c) == Character.CONTROL) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Whether a date or time lies in the years 1 to 9999 (UTC for instants); other values pass. */
	static boolean inRange(Object value) {
		int year;
		if (value instanceof Instant instant) {
			return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
		}
		else if (value instanceof LocalDate date) {
			year = date.getYear();
		}
		else if (value instanceof LocalDateTime dateTime) {
			year = dateTime.getYear();
		}
		else if (value instanceof OffsetDateTime dateTime) {
			year = dateTime.withOffsetSameInstant(ZoneOffset.UTC).getYear();
		}
		else if (value instanceof ZonedDateTime dateTime) {
			year = dateTime.withZoneSameInstant(ZoneOffset.UTC).getYear();
		}
		else {
			return true;
		}
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}
}
