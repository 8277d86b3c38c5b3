package vn.pccovid.declaration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.pccovid.core.InvalidInputException;

/** Staff list filters as typed (query parameters, the console's form), checked: 400 naming the parameter. */
final class HealthFilters {

	private HealthFilters() {
	}

	static HealthDeclarationRecords.Filter of(LocalDate from, LocalDate to, String symptom, String exposure,
			boolean suspiciousOnly) {
		range(from, to);
		return new HealthDeclarationRecords.Filter(from, to, code(symptom, "symptom", DeclarationCodes.SYMPTOMS),
				code(exposure, "exposure", DeclarationCodes.EXPOSURES), suspiciousOnly);
	}

	static void range(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "declaration.filter.range");
		}
	}

	private static String code(String value, String field, List<String> known) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!known.contains(code)) {
			String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
			throw new InvalidInputException(field, "declaration.code.unknown", shown, String.join(", ", known));
		}
		return code;
	}
}
