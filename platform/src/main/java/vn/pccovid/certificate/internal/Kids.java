package vn.pccovid.certificate.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

/** The DCC key identifier: the first 8 bytes of the SHA-256 of the signer certificate's DER, Base64 in lists. */
final class Kids {

	private Kids() {
	}

	static byte[] of(X509Certificate certificate) {
		try {
			return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()), 8);
		}
		catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException("cannot compute the kid", e);
		}
	}

	static String base64(byte[] kid) {
		return Base64.getEncoder().encodeToString(kid);
	}
}
