package vn.pccovid.certificate.internal;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.pccovid.certificate.CertificateKind;

/**
 * The DCC extended key usages of a document signer (1.3.6.1.4.1.1847.2021.1.1 test, .2 vaccination, .3 recovery).
 * A signer without any of them may sign every kind (the DCC specification's rule). The official test data and early
 * national signers used the same arcs with an extra {@code .0} after the enterprise arc (1.3.6.1.4.1.0.1847…);
 * verifiers accept both spellings, and so do we.
 */
final class DccKeyUsage {

	static final String TEST = "1.3.6.1.4.1.1847.2021.1.1";
	static final String VACCINATION = "1.3.6.1.4.1.1847.2021.1.2";
	static final String RECOVERY = "1.3.6.1.4.1.1847.2021.1.3";
	private static final String ALTERNATIVE_ARC = "1.3.6.1.4.1.0.1847.2021.1.";

	private DccKeyUsage() {
	}

	/** The kinds this signer may sign. */
	static Set<CertificateKind> of(X509Certificate certificate) {
		List<String> usages;
		try {
			usages = certificate.getExtendedKeyUsage();
		}
		catch (CertificateParsingException e) {
			return EnumSet.noneOf(CertificateKind.class);
		}
		EnumSet<CertificateKind> kinds = EnumSet.noneOf(CertificateKind.class);
		if (usages != null) {
			if (usages.contains(TEST) || usages.contains(ALTERNATIVE_ARC + "1")) {
				kinds.add(CertificateKind.TEST);
			}
			if (usages.contains(VACCINATION) || usages.contains(ALTERNATIVE_ARC + "2")) {
				kinds.add(CertificateKind.VACCINATION);
			}
			if (usages.contains(RECOVERY) || usages.contains(ALTERNATIVE_ARC + "3")) {
				kinds.add(CertificateKind.RECOVERY);
			}
		}
		return kinds.isEmpty() ? EnumSet.allOf(CertificateKind.class) : kinds;
	}
}
