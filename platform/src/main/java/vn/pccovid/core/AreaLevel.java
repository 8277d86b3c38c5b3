package vn.pccovid.core;

/** The three levels of Vietnam's administrative division, with the length of their GSO codes. */
public enum AreaLevel {

	PROVINCE(2), DISTRICT(3), WARD(5);

	private final int codeLength;

	AreaLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	/** The level whose GSO codes have this many digits, or {@code null} when no level has. */
	public static AreaLevel ofCodeLength(int length) {
		for (AreaLevel level : values()) {
			if (level.codeLength == length) {
				return level;
			}
		}
		return null;
	}
}
