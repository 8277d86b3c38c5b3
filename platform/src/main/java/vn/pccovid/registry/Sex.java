package vn.pccovid.registry;

/** Sex as recorded on the identity card; the CCCD's century digit encodes it (even male, odd female). */
public enum Sex {
	MALE, FEMALE;

	/** The word printed on the card and in its QR code: {@code Nam} or {@code Nữ}. */
	public String cardWord() {
		return this == MALE ? "Nam" : "Nữ";
	}
}
