package vn.pccovid.testing.internal;

import java.security.SecureRandom;

/**
 * Tube labels: {@code S} (a person's sample) or {@code P} (a pool) and 11 random characters of an alphabet without
 * look-alikes (no I, L, O, U), so a label read aloud or typed from a smudged print is unambiguous. Random, not
 * sequential: the public lookup asks for the code together with the CCCD and date of birth, and a guessable code
 * would tell an attacker which numbers to try. 32^11 codes per kind make a collision (caught by the unique index)
 * practically impossible.
 */
final class Barcodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private Barcodes() {
	}

	static String sample() {
		return next('S');
	}

	static String pool() {
		return next('P');
	}

	static boolean isPool(String barcode) {
		return barcode.startsWith("P");
	}

	/** Upper case, without spaces or dashes that a scanner or a person may add; {@code null} stays {@code null}. */
	static String normalise(String barcode) {
		return barcode == null ? null : barcode.strip().replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
	}

	/** Whether the text has a label's shape (kind letter and 11 characters of the alphabet). */
	static boolean wellFormed(String barcode) {
		if (barcode == null || barcode.length() != 12 || (barcode.charAt(0) != 'S' && barcode.charAt(0) != 'P')) {
			return false;
		}
		for (int i = 1; i < 12; i++) {
			if (java.util.Arrays.binarySearch(ALPHABET, barcode.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static String next(char kind) {
		char[] code = new char[12];
		code[0] = kind;
		for (int i = 1; i < code.length; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}
}
