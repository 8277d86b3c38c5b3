package vn.pccovid.relief.internal;

import vn.pccovid.registry.PersonName;

/**
 * The name a public list shows: the family name in full, every other name by its initial ("Nguyễn Văn An" →
 * "Nguyễn V. A."). Enough for neighbours to recognise a line, not enough to learn a stranger's full name.
 */
final class MaskedNames {

	private MaskedNames() {
	}

	static String of(String fullName) {
		String[] words = PersonName.normalize(fullName).split(" ");
		StringBuilder masked = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			masked.append(' ').appendCodePoint(words[i].codePointAt(0)).append('.');
		}
		return words.length == 1 ? masked.substring(0, masked.offsetByCodePoints(0, 1)) + "." : masked.toString();
	}
}
