package vn.pccovid.certificate.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.upokecenter.cbor.CBORObject;

import vn.pccovid.testing.TestType;

/**
 * The DCC payloads (schema 1.3.0) the platform issues, as CBOR maps with the schema's field names. Fields the
 * platform does not know (a rapid test's device) are left out, as the schema allows.
 */
final class DccPayloads {

	static final String VERSION = "1.3.0";
	static final String COUNTRY = "VN";
	static final String ISSUER = "Ministry of Health of Viet Nam";
	static final String COVID_19 = "840539006";
	static final String NOT_DETECTED = "260415000";

	/** Recovery certificates: valid from day 11 after the first positive test to day 180 (EU rule 2021/953). */
	static final int RECOVERY_VALID_FROM_DAYS = 11;
	static final int RECOVERY_VALID_DAYS = 180;

	private DccPayloads() {
	}

	/** The holder. */
	record Holder(String fullName, LocalDate dateOfBirth) {
	}

	static CBORObject vaccination(Holder holder, String product, int doseNumber, int seriesDoses, LocalDate on, String uvci) {
		VaccineProducts.Codes codes = VaccineProducts.of(product);
		CBORObject entry = CBORObject.NewMap().Add("tg", COVID_19).Add("vp", codes.vp()).Add("mp", codes.mp())
				.Add("ma", codes.ma()).Add("dn", doseNumber).Add("sd", seriesDoses).Add("dt", on.toString())
				.Add("co", COUNTRY).Add("is", ISSUER).Add("ci", uvci);
		return dcc(holder).Add("v", CBORObject.NewArray().Add(entry));
	}

	static CBORObject test(Holder holder, TestType type, java.time.Instant takenAt, String centre, String uvci) {
		CBORObject entry = CBORObject.NewMap().Add("tg", COVID_19)
				.Add("tt", type == TestType.RT_PCR ? "LP6464-4" : "LP217198-3")
				.Add("sc", DateTimeFormatter.ISO_INSTANT.format(takenAt.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)))
				.Add("tr", NOT_DETECTED).Add("tc", centre == null || centre.isBlank() ? "Viet Nam" : centre)
				.Add("co", COUNTRY).Add("is", ISSUER).Add("ci", uvci);
		return dcc(holder).Add("t", CBORObject.NewArray().Add(entry));
	}

	static CBORObject recovery(Holder holder, LocalDate firstPositive, String uvci) {
		CBORObject entry = CBORObject.NewMap().Add("tg", COVID_19).Add("fr", firstPositive.toString())
				.Add("co", COUNTRY).Add("is", ISSUER)
				.Add("df", firstPositive.plusDays(RECOVERY_VALID_FROM_DAYS).toString())
				.Add("du", firstPositive.plusDays(RECOVERY_VALID_DAYS).toString()).Add("ci", uvci);
		return dcc(holder).Add("r", CBORObject.NewArray().Add(entry));
	}

	private static CBORObject dcc(Holder holder) {
		IcaoNames.Split name = IcaoNames.split(holder.fullName());
		CBORObject nam = CBORObject.NewMap().Add("fn", name.family()).Add("fnt", IcaoNames.transliterate(name.family()));
		if (name.given() != null) {
			nam.Add("gn", name.given()).Add("gnt", IcaoNames.transliterate(name.given()));
		}
		return CBORObject.NewMap().Add("ver", VERSION).Add("nam", nam).Add("dob", holder.dateOfBirth().toString());
	}
}
