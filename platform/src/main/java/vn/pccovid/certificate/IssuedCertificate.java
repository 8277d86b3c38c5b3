package vn.pccovid.certificate;

import java.time.Instant;
import java.util.UUID;

/**
 * A certificate the platform issued to a person.
 *
 * @param id        the certificate's id
 * @param kind      vaccination, test or recovery
 * @param hc1       the QR content: {@code HC1:} + Base45(zlib(COSE_Sign1))
 * @param issuedAt  the CWT's issued-at
 * @param expiresAt the CWT's expiry
 */
public record IssuedCertificate(UUID id, CertificateKind kind, String hc1, Instant issuedAt, Instant expiresAt) {
}
