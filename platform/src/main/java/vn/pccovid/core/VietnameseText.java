package vn.pccovid.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the platform stores and matches it: NFC for storage, and a folded key (no diacritics,
 * {@code đ} as {@code d}, lower case, single spaces) so that "Hà Nội", "HA NOI" and an NFD "Hà Nội" all meet.
 */
public final class VietnameseText {

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
		// One pass instead of three regular expressions: names are folded on every identity verification.
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		boolean space = false;
		for (int i = 0; i < decomposed.length();) {
			int c = decomposed.codePointAt(i);
			i += Character.charCount(c);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
				continue;
			}
			if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
				space = true;
				continue;
			}
			if (space) {
				folded.append(' ');
				space = false;
			}
			folded.appendCodePoint(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
		}
		return folded.toString().strip();
	}
}
