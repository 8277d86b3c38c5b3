package vn.pccovid.certificate;

import java.util.UUID;

/**
 * A certificate was issued to a person (published in the issuing transaction), for the inbox and reporting.
 *
 * @param certificate the certificate's id
 * @param person      registry id
 * @param kind        its kind
 */
public record CertificateIssued(UUID certificate, UUID person, CertificateKind kind) {
}
