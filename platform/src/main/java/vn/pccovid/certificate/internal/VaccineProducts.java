package vn.pccovid.certificate.internal;

import java.util.Map;

/**
 * The DCC value sets (ehn-dcc-valuesets) for the vaccines Vietnam used in 2021: the platform's product code →
 * vaccine type ({@code vp}), medicinal product ({@code mp}) and marketing authorisation holder ({@code ma}). A
 * product not listed here is described as "other" ({@code J07BX03}) under its own code.
 */
final class VaccineProducts {

	/** One product's DCC codes. */
	record Codes(String vp, String mp, String ma) {
	}

	private static final Map<String, Codes> CODES = Map.of(
			"ASTRAZENECA", new Codes("J07BX03", "EU/1/21/1529", "ORG-100001699"),
			"PFIZER", new Codes("1119349007", "EU/1/20/1528", "ORG-100030215"),
			"MODERNA", new Codes("1119349007", "EU/1/20/1507", "ORG-100031184"),
			"JANSSEN", new Codes("J07BX03", "EU/1/20/1525", "ORG-100001417"),
			"SINOPHARM", new Codes("J07BX03", "BBIBP-CorV", "ORG-100020693"),
			"SPUTNIK_V", new Codes("J07BX03", "Sputnik-V", "ORG-100023050"),
			"ABDALA", new Codes("J07BX03", "Abdala", "Center for Genetic Engineering and Biotechnology"),
			"HAYAT_VAX", new Codes("J07BX03", "Hayat-Vax", "Gulf Pharmaceutical Industries"));

	private VaccineProducts() {
	}

	static Codes of(String product) {
		Codes codes = product == null ? null : CODES.get(product.strip().toUpperCase(java.util.Locale.ROOT));
		return codes != null ? codes : new Codes("J07BX03", product, "ORG-UNKNOWN");
	}
}
