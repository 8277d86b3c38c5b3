package vn.pccovid.registry;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Predicate;

import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.VietnameseText;

/**
 * Reads the QR code of a chip CCCD card, {@code CCCD|CMND|Full name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy}: seven fields
 * separated by {@code |}, the CMND possibly empty, in NFC or NFD. Every defect is a 400 problem on the field
 * {@code qr} whose message says which part is wrong.
 */
public final class CccdQr {

	/** The request field every problem names. */
	public static final String FIELD = "qr";
	static final int MAX_LENGTH = 1000;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

	private CccdQr() {
	}

	/** Parses and validates the text; {@code isProvinceCode} says whether a 2-digit GSO province code exists. */
	public static CccdCard parse(String qr, Predicate<String> isProvinceCode, LocalDate today) {
		if (qr == null || qr.isBlank()) {
			throw problem("registry.qr.empty");
		}
		if (qr.length() > MAX_LENGTH) {
			throw problem("registry.qr.long", MAX_LENGTH);
		}
		String[] parts = Normalizer.normalize(qr.strip(), Normalizer.Form.NFC).split("\\|", -1);
		if (parts.length != 7) {
			throw problem("registry.qr.parts", parts.length);
		}
		String cccd = parts[0].strip();
		if (!Cccd.isWellFormed(cccd)) {
			throw problem("registry.qr.cccd");
		}
		String cmnd = parts[1].strip();
		if (!cmnd.isEmpty() && !cmnd.matches("\\d{9}")) {
			throw problem("registry.qr.cmnd");
		}
		String name = PersonName.normalize(parts[2]);
		if (!PersonName.isPlausible(name)) {
			throw problem("registry.qr.name");
		}
		LocalDate birth = date(parts[3], "registry.qr.dateOfBirth");
		if (birth.isAfter(today)) {
			throw problem("registry.qr.dateOfBirth");
		}
		Sex sex = sex(parts[4]);
		String address = VietnameseText.nfc(parts[5]);
		if (address.isEmpty()) {
			throw problem("registry.qr.address");
		}
		LocalDate issued = date(parts[6], "registry.qr.issueDate");
		if (issued.isBefore(birth) || issued.isAfter(today)) {
			throw problem("registry.qr.issueDate");
		}
		List<Violation> violations = new Cccd(cccd).violations(birth, sex, isProvinceCode);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(FIELD, violations.get(0).messageKey(), violations.get(0).arguments());
		}
		return new CccdCard(cccd, cmnd.isEmpty() ? null : cmnd, name, birth, sex, address, issued);
	}

	private static LocalDate date(String text, String messageKey) {
		try {
			return LocalDate.parse(text.strip(), DATE);
		}
		catch (DateTimeParseException e) {
			throw problem(messageKey);
		}
	}

	private static Sex sex(String text) {
		return switch (VietnameseText.fold(text)) {
			case "nam" -> Sex.MALE;
			case "nu" -> Sex.FEMALE;
			default -> throw problem("registry.qr.sex");
		};
	}

	private static InvalidInputException problem(String messageKey, Object... arguments) {
		return new InvalidInputException(FIELD, messageKey, arguments);
	}
}
