package vn.pccovid.personalqr;

/** Why a scanned code is not valid. */
public enum ScanReason {
	/** Not a personal QR nor a chip-CCCD QR, or missing parts. */
	MALFORMED,
	/** The signature does not match the content (tampered, or not ours). */
	BAD_SIGNATURE,
	/** Signed with a key the platform does not know. */
	UNKNOWN_KEY,
	/** Past its expiry. */
	EXPIRED,
	/** Replaced (a new paper card was printed) or withdrawn. */
	REVOKED,
	/** A well-formed chip-CCCD QR whose number, name or birth date does not match the registry. */
	NOT_REGISTERED
}
