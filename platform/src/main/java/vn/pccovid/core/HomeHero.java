package vn.pccovid.core;

import java.util.Map;

/**
 * The large block at the top of the citizen app's home screen about the selected person (the personal QR). The
 * module renders it with its own Thymeleaf fragment {@code hero(values)} in {@code template}; the home page only
 * inserts it, so the web shell does not depend on that module.
 *
 * @param template the module's template holding a fragment {@code hero(values)}, e.g. {@code personalqr/hero}
 * @param values   what the fragment shows (no user input is ever evaluated as an expression)
 */
public record HomeHero(String template, Map<String, Object> values) {

	public HomeHero {
		if (template == null || template.isBlank()) {
			throw new IllegalArgumentException("a home hero needs a template");
		}
		values = values == null ? Map.of() : Map.copyOf(values);
	}
}
