package vn.pccovid.certificate;

/** The three kinds of EU DCC certificate (the {@code v}, {@code t} and {@code r} arrays of the payload). */
public enum CertificateKind {
	VACCINATION, TEST, RECOVERY
}
