package vn.pccovid.core;

import java.util.Optional;
import java.util.Set;

/**
 * A Vietnamese mobile number in its national form, {@code 0} + 9 digits, with a mobile prefix (03x, 05x, 07x, 08x,
 * 09x). {@link #parse} accepts {@code +84}/{@code 84} and spaces, dots or dashes.
 *
 * @param value ten digits starting with 0
 */
public record PhoneNumber(String value) {

	private static final Set<Character> MOBILE_PREFIXES = Set.of('3', '5', '7', '8', '9');

	public PhoneNumber {
		if (value == null || !value.matches("0\\d{9}") || !MOBILE_PREFIXES.contains(value.charAt(1))) {
			throw new IllegalArgumentException("not a Vietnamese mobile number: " + value);
		}
	}

	/** The number in national form, or empty when the text is not a Vietnamese mobile number. */
	public static Optional<PhoneNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.strip().replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		if (!digits.matches("0\\d{9}") || !MOBILE_PREFIXES.contains(digits.charAt(1))) {
			return Optional.empty();
		}
		return Optional.of(new PhoneNumber(digits));
	}

	/** The number as roles without contact permission see it: {@code 09******12}. */
	public String masked() {
		return mask(value);
	}

	/** Masks a stored number the same way ({@code null} stays {@code null}). */
	public static String mask(String number) {
		if (number == null || number.length() < 4) {
			return number;
		}
		return number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
	}

	@Override
	public String toString() {
		return value;
	}
}
