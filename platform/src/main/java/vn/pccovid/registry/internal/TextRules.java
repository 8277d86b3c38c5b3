package vn.pccovid.registry.internal;

import java.util.Optional;

import vn.pccovid.registry.Violation;

/**
 * Free text the registry stores and other systems display or export (names, address lines): no control characters
 * (NUL breaks {@code COPY} and C strings), no bidirectional overrides (they make a printed address read differently
 * from what is stored), no invisible characters (two identical-looking names that do not match) and no leading
 * spreadsheet-formula characters (an exported CSV opened in a spreadsheet would run them).
 */
final class TextRules {

	private TextRules() {
	}

	/** The first rule the value breaks, for this field; empty for {@code null} or clean text. */
	static Optional<Violation> check(String field, String value) {
		if (value == null || value.isEmpty()) {
			return Optional.empty();
		}
		if (isFormula(value) || isFormula(value.strip())) {
			return Optional.of(new Violation(field, "registry.text.formula", field));
		}
		return anyCharacterRule(field, value);
	}

	/** The character rules alone (no formula rule), for columns such as phone numbers that may start with '+'. */
	static Optional<Violation> anyCharacterRule(String field, String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.getType(c) == Character.CONTROL) {
				return Optional.of(new Violation(field, "registry.text.control", field));
			}
			if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
				return Optional.of(new Violation(field, "registry.text.bidi", field));
			}
			if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
				return Optional.of(new Violation(field, "registry.text.invisible", field));
			}
		}
		return Optional.empty();
	}

	private static boolean isFormula(String value) {
		if (value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}
