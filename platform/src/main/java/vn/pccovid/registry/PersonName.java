package vn.pccovid.registry;

import java.util.regex.Pattern;

import vn.pccovid.core.VietnameseText;

/**
 * How the registry stores and compares people's names: stored in NFC with single spaces; compared by a folded key
 * that ignores diacritics, case, Unicode normalisation (NFC/NFD) and extra or unusual whitespace.
 */
public final class PersonName {

	/** Longest name accepted, in characters. */
	public static final int MAX_LENGTH = 100;

	private static final Pattern UNUSUAL_SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]");

	private static final Pattern PLAUSIBLE = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]*");

	private PersonName() {
	}

	/** The name as stored: NFC, whitespace collapsed and trimmed. */
	public static String normalize(String name) {
		return name == null ? null : VietnameseText.nfc(UNUSUAL_SPACES.matcher(name).replaceAll(" "));
	}

	/** The search and comparison key: no diacritics, {@code đ}→{@code d}, lower case, single spaces. */
	public static String key(String name) {
		return name == null ? null : VietnameseText.fold(UNUSUAL_SPACES.matcher(name).replaceAll(" "));
	}

	/** Whether a normalized name is usable: 1–100 characters of letters, spaces, hyphens, apostrophes and dots. */
	public static boolean isPlausible(String normalized) {
		return normalized != null && !normalized.isEmpty() && normalized.length() <= MAX_LENGTH
				&& PLAUSIBLE.matcher(normalized).matches();
	}

	/** Whether two spellings are the same name, with or without diacritics, in any case or normalisation. */
	public static boolean same(String a, String b) {
		return a != null && b != null && key(a).equals(key(b));
	}
}
