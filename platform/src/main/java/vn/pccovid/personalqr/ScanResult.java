package vn.pccovid.personalqr;

/**
 * The answer to a scan.
 *
 * @param valid  whether the code is a valid personal QR or a chip-CCCD QR matching the registry
 * @param reason why not, or {@code null} when valid
 * @param kind   {@code APP}, {@code PAPER} or {@code CCCD} when recognised, else {@code null}
 * @param person whom it belongs to (only when valid), shaped by the caller's role
 */
public record ScanResult(boolean valid, ScanReason reason, String kind, ScannedPerson person) {

	public static ScanResult invalid(ScanReason reason) {
		return new ScanResult(false, reason, null, null);
	}
}
