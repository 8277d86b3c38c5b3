package vn.pccovid.certificate.internal;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Set;

import vn.pccovid.certificate.CertificateKind;

/**
 * A document signer whose signatures the verifier accepts.
 *
 * @param kid         Base64 key id as listed (a foreign list may list several certificates under one kid)
 * @param certificate the X.509 certificate
 * @param country     ISO 3166 alpha-2 code of the issuing country
 * @param kinds       the certificate kinds its key usage allows
 * @param own         whether it is one of the platform's own signers
 */
record TrustedSigner(String kid, X509Certificate certificate, String country, Set<CertificateKind> kinds, boolean own) {

	static TrustedSigner of(String kid, X509Certificate certificate, String country, boolean own) {
		return new TrustedSigner(kid, certificate, country, DccKeyUsage.of(certificate), own);
	}

	PublicKey publicKey() {
		return certificate.getPublicKey();
	}
}
