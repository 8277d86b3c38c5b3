package vn.pccovid.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the platform stores and matches it: NFC for storage, and a folded key (no diacritics,
 * {@code đ} as {@code d}, lower case, single spaces) so that "Hà Nội", "HA NOI" and an NFD "Hà Nội" all meet.
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/** The text in Unicode NFC with its whitespace collapsed and trimmed; {@code null} stays {@code null}. */
	public static String nfc(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

	/** The accent- and case-insensitive key of the text; {@code null} stays {@code null}. */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}
}
