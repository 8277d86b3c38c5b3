package vn.pccovid.personalqr;

import java.util.UUID;

import vn.pccovid.access.Actor;

/**
 * Personal QR codes: issued to a signed-in phone for a person it acts for, printed on paper by ward staff, verified
 * by scanning staff. Payloads carry no personal data; every scan that shows a person is audited.
 */
public interface PersonalQrCodes {

	/** The person's app QR (7 days, re-issued when less than a day is left); 404 unless the phone acts for them. */
	IssuedQr appCode(Actor citizen, UUID personId);

	/**
	 * Verifies a scanned personal QR or chip-CCCD QR; never throws for a bad code, answers why instead. Audited with
	 * {@code purpose} as {@link Actor#purpose(String)} accepts it (null: the default; not the actor's: 400).
	 */
	ScanResult verify(Actor staff, String payload, String purpose);

	/**
	 * Whom each scanned personal QR or chip-CCCD QR belongs to, in order, for recording visits (venue scans, batch
	 * ingest of check-ins): no one is shown anything, so nothing is audited here; the recording module audits what it
	 * later shows. App and paper codes cost one indexed query for the whole list; a CCCD QR one registry look-up each.
	 */
	java.util.List<Identified> identify(java.util.List<String> payloads);

	/** {@link #verify(Actor, String, String)} with the actor's default purpose. */
	default ScanResult verify(Actor staff, String payload) {
		return verify(staff, payload, null);
	}

	/**
	 * {@link #verify(Actor, String, String)} for a module that must decide about the person whatever their area (a
	 * checkpoint looks up permits and case status): the answer's person always carries the registry id, which the
	 * caller uses for its decision and never shows. Audited like {@code verify}.
	 */
	ScanResult verifyForDecision(Actor staff, String payload, String purpose);

	/**
	 * Prints a paper card (A6 PDF) with a 1-year code for a person of the caller's area, revoking the previous
	 * card's code; audited with the purpose (as for {@link #verify}). 404 for an unknown person, 403 outside the caller's scope.
	 */
	byte[] printPaperCard(Actor staff, UUID personId, String purpose);

	/** {@link #printPaperCard(Actor, UUID, String)} with the actor's default purpose. */
	byte[] printPaperCard(Actor staff, UUID personId);
}
