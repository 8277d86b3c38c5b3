package vn.pccovid.certificate.internal;

import java.util.Locale;

import vn.pccovid.core.VietnameseText;

/**
 * Names as the DCC wants them: {@code fn}/{@code gn} as written (NFC) and the standardised {@code fnt}/{@code gnt}
 * transliterated per ICAO 9303 part 3 — Vietnamese letters lose their diacritics ({@code Đ} → {@code D}), upper
 * case, spaces and hyphens become {@code <}, anything else is dropped, at most 80 characters. A Vietnamese name is
 * family name first: the first word is {@code fn}, the rest (middle and given names) {@code gn}, as on Vietnamese
 * passports ({@code NGUYEN} / {@code VAN AN}).
 */
final class IcaoNames {

	static final int MAX = 80;

	private IcaoNames() {
	}

	/** Family name and given names of a Vietnamese full name. */
	record Split(String family, String given) {
	}

	static Split split(String fullName) {
		String name = VietnameseText.nfc(fullName).strip().replaceAll("\\s+", " ");
		int space = name.indexOf(' ');
		return space < 0 ? new Split(name, null) : new Split(name.substring(0, space), name.substring(space + 1));
	}

	/** The ICAO 9303 transliteration ({@code Nguyễn Văn An} → {@code NGUYEN<VAN<AN}); {@code null} for null. */
	static String transliterate(String name) {
		if (name == null) {
			return null;
		}
		String folded = VietnameseText.fold(name).toUpperCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(folded.length());
		for (char c : folded.toCharArray()) {
			if (c >= 'A' && c <= 'Z') {
				out.append(c);
			}
			else if (c == ' ' || c == '-') {
				out.append('<');
			}
		}
		String result = out.toString().replaceAll("<+", "<");
		return result.length() > MAX ? result.substring(0, MAX) : result;
	}
}
