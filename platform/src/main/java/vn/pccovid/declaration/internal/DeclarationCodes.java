package vn.pccovid.declaration.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.pccovid.core.InvalidInputException;

/**
 * The symptom and exposure codes a health declaration may carry, in the order forms show them. Their labels are in
 * the module's bundle ({@code declaration.symptom.<CODE>}, {@code declaration.exposure.<CODE>}), so a code added
 * here needs its two labels (the messages test checks every template key, the code test every label).
 */
final class DeclarationCodes {

	/** Symptoms of the Ministry of Health's declaration form. */
	static final List<String> SYMPTOMS = List.of("FEVER", "COUGH", "SHORTNESS_OF_BREATH", "SORE_THROAT",
			"LOSS_OF_TASTE_OR_SMELL", "TIREDNESS", "MUSCLE_ACHE", "HEADACHE", "RUNNY_NOSE", "DIARRHOEA");

	/** Exposures in the last 14 days. */
	static final List<String> EXPOSURES = List.of("CONTACT_WITH_CASE", "STAYED_IN_RED_ZONE", "ARRIVED_FROM_ABROAD");

	private DeclarationCodes() {
	}

	/**
	 * The codes of a request, upper-cased and without repeats, in the form's order; a 400 problem naming the item
	 * ({@code symptoms[2]}) and its value when one is not a known code. {@code null} means none.
	 */
	static Set<String> checked(List<String> values, String field, List<String> known) {
		if (values == null) {
			return Set.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
			if (!known.contains(code)) {
				String shown = value == null ? "null" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
				throw new InvalidInputException(field + "[" + i + "]", "declaration.code.unknown", shown,
						String.join(", ", known));
			}
			codes.add(code);
		}
		Set<String> ordered = new LinkedHashSet<>();
		known.stream().filter(codes::contains).forEach(ordered::add);
		return ordered;
	}
}
