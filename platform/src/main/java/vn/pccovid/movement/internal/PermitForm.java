package vn.pccovid.movement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.PersonName;

/**
 * Checks a permit application field by field (the API's JSON and a CSV row alike), throwing a 400 problem naming
 * the first field at fault: CCCD of 12 digits, a name, a birth date, a purpose code of {@code movement.purpose},
 * validity dates from today on and at most {@link #MAX_DAYS} days long, one to {@link #MAX_ZONES} known area codes.
 */
final class PermitForm {

	static final int MAX_DAYS = 31;
	static final int MAX_ZONES = 20;

	/** A checked application. */
	record Checked(String cccd, String fullName, LocalDate dateOfBirth, String purpose, LocalDate validFrom,
			LocalDate validTo, List<AreaCode> zones) {
	}

	private PermitForm() {
	}

	static Checked check(String cccd, String fullName, String dateOfBirth, String purpose, String validFrom,
			String validTo, List<String> zones, Set<String> purposes, Areas areas, LocalDate today) {
		String number = cccd == null ? "" : cccd.strip();
		if (!Cccd.isWellFormed(number)) {
			throw new InvalidInputException("cccd", "movement.permit.cccd", number);
		}
		String name = fullName == null ? "" : PersonName.normalize(VietnameseText.nfc(fullName));
		if (name.isBlank() || name.length() > PersonName.MAX_LENGTH) {
			throw new InvalidInputException("fullName", "movement.permit.fullName");
		}
		LocalDate birth = date(dateOfBirth, "dateOfBirth");
		if (birth.isAfter(today)) {
			throw new InvalidInputException("dateOfBirth", "movement.permit.dateOfBirth.future");
		}
		String code = purpose == null ? "" : purpose.strip().toUpperCase(java.util.Locale.ROOT);
		if (!purposes.contains(code)) {
			throw new InvalidInputException("purpose", "movement.permit.purpose", code, String.join(", ", purposes));
		}
		LocalDate from = date(validFrom, "validFrom");
		LocalDate to = date(validTo, "validTo");
		if (from.isBefore(today)) {
			throw new InvalidInputException("validFrom", "movement.permit.validFrom.past", today);
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("validTo", "movement.permit.validTo.beforeFrom");
		}
		if (from.plusDays(MAX_DAYS - 1L).isBefore(to)) {
			throw new InvalidInputException("validTo", "movement.permit.validTo.tooLong", MAX_DAYS);
		}
		return new Checked(number, name, birth, code, from, to, zones(zones, areas));
	}

	static List<AreaCode> zones(List<String> codes, Areas areas) {
		if (codes == null || codes.isEmpty()) {
			throw new InvalidInputException("zones", "movement.zones.required");
		}
		if (codes.size() > MAX_ZONES) {
			throw new InvalidInputException("zones", "movement.zones.tooMany", MAX_ZONES);
		}
		Set<AreaCode> zones = new LinkedHashSet<>();
		for (String code : codes) {
			String trimmed = code == null ? "" : code.strip();
			Area area = AreaCode.looksLikeCode(trimmed) ? areas.find(trimmed).orElse(null) : null;
			if (area == null) {
				throw new InvalidInputException("zones", "movement.zones.unknown", trimmed);
			}
			zones.add(area.code());
		}
		return new ArrayList<>(zones);
	}

	static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "movement.date.required");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "movement.date.format", text.strip());
		}
	}
}
