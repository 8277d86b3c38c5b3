package vn.pccovid.certificate.internal;

import java.security.SecureRandom;

/**
 * Unique vaccination certificate identifiers (eHealth Network UVCI, option 3 "opaque"): {@code URN:UVCI:01:VN:} +
 * 26 random characters of [0-9A-Z] + {@code #} + the Luhn mod 36 check character over the part after the prefix,
 * as the UVCI guidelines describe.
 */
final class Uvcis {

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	private static final SecureRandom RANDOM = new SecureRandom();

	private Uvcis() {
	}

	static String next() {
		StringBuilder opaque = new StringBuilder(26);
		for (int i = 0; i < 26; i++) {
			opaque.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		String body = "URN:UVCI:01:VN:" + opaque;
		return body + "#" + check(body.substring(4));
	}

	/** Luhn mod N over the characters of the alphabet (others, such as {@code :}, are skipped). */
	static char check(String text) {
		int n = ALPHABET.length();
		int factor = 2;
		int sum = 0;
		for (int i = text.length() - 1; i >= 0; i--) {
			int code = ALPHABET.indexOf(text.charAt(i));
			if (code < 0) {
				continue;
			}
			int addend = factor * code;
			factor = factor == 2 ? 1 : 2;
			sum += addend / n + addend % n;
		}
		return ALPHABET.charAt((n - sum % n) % n);
	}
}
