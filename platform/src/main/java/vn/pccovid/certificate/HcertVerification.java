package vn.pccovid.certificate;

import java.util.Map;

/**
 * The outcome of verifying an HCERT.
 *
 * @param valid   whether every check passed
 * @param reason  {@code ok}, or the first check that failed: {@code prefix}, {@code base45}, {@code zlib},
 *                {@code cose}, {@code unknown_kid}, {@code signature}, {@code alg}, {@code key_usage},
 *                {@code expired}, {@code not_yet_valid}
 * @param kind    the certificate's kind once its payload was read, or {@code null}
 * @param payload the DCC (schema 1.3 JSON) once the signature verified, else {@code null}
 */
public record HcertVerification(boolean valid, String reason, CertificateKind kind, Map<String, Object> payload) {

	/** A failed verification. */
	public static HcertVerification failed(String reason, CertificateKind kind, Map<String, Object> payload) {
		return new HcertVerification(false, reason, kind, payload);
	}
}
