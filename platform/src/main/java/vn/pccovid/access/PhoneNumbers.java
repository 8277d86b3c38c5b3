package vn.pccovid.access;

import java.util.Optional;
import java.util.regex.Pattern;

/** Vietnamese mobile numbers: {@code +84 912 345 678}, {@code 84912345678} and {@code 0912345678} are one number. */
public final class PhoneNumbers {

	private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");

	private PhoneNumbers() {
	}

	/** The number as {@code 0} + 9 digits, or empty when it is not a Vietnamese mobile number. */
	public static Optional<String> normalise(String phone) {
		if (phone == null) {
			return Optional.empty();
		}
		String digits = phone.replaceAll("[\\s.()-]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
	}
}
