package vn.pccovid.personalqr;

import java.util.UUID;

/**
 * Whom a scanned code belongs to, for a module that records a visit (check-in) rather than shows a person: the
 * registry id when the code is valid, else why not.
 *
 * @param personId registry id, or {@code null} when not valid
 * @param reason   why not valid, or {@code null}
 * @param kind     {@code APP}, {@code PAPER} or {@code CCCD} when valid, else {@code null}
 */
public record Identified(UUID personId, ScanReason reason, String kind) {

	public boolean valid() {
		return reason == null;
	}

	public static Identified invalid(ScanReason reason) {
		return new Identified(null, reason, null);
	}
}
