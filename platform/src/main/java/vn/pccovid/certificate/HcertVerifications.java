package vn.pccovid.certificate;

/**
 * Offline HCERT verification against the platform's trust list (its own signers and the imported foreign list), for
 * other modules (checkpoints) and the benchmark. Shows nothing by itself: a caller that shows the result audits it.
 */
public interface HcertVerifications {

	/** Verifies the QR content ({@code HC1:…}) at the platform clock's now. */
	HcertVerification verify(String hc1);
}
