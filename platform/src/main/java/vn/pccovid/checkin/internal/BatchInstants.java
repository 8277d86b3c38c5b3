package vn.pccovid.checkin.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Reads a batch item's {@code at}. Devices send UTC times such as {@code 2021-08-14T07:45:12Z} (or with a fraction);
 * those are read by hand, because {@code Instant.parse} builds a parse context and a field map per call and was a
 * visible share of a batch's CPU (JFR, issue 9's benchmark). Anything else (an offset, a leap second, a five-digit
 * year) goes to the JDK's parsers, which decide; {@code null} when neither reads it.
 */
final class BatchInstants {

	private static final int[] SCALE = { 0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1 };

	private BatchInstants() {
	}

	static Instant parse(String text) {
		if (text == null || text.length() > 40) {
			return null;
		}
		Instant fast = utc(text);
		if (fast != null) {
			return fast;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException e) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	/** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with valid fields, else {@code null} (the caller falls back). */
	static Instant utc(String s) {
		int n = s.length();
		if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
				|| s.charAt(13) != ':' || s.charAt(16) != ':') {
			return null;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 2);
		int day = digits(s, 8, 2);
		int hour = digits(s, 11, 2);
		int minute = digits(s, 14, 2);
		int second = digits(s, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
			return null;
		}
		int nanos = 0;
		if (n > 20) {
			int fraction = n - 21;
			if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
				return null;
			}
			int value = digits(s, 20, fraction);
			if (value < 0) {
				return null;
			}
			nanos = value * SCALE[fraction];
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
	}

	/** The non-negative number written by {@code length} ASCII digits at {@code from}, or -1. */
	private static int digits(String s, int from, int length) {
		int value = 0;
		for (int i = from; i < from + length; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
