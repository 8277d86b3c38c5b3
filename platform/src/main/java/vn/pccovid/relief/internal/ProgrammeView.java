package vn.pccovid.relief.internal;

import java.time.YearMonth;
import java.util.List;

/**
 * A programme as the API shows it.
 *
 * @param id       its id
 * @param name     name
 * @param basis    legal basis
 * @param amount   VND per payee and period
 * @param per      {@code PERSON} or {@code HOUSEHOLD}
 * @param periods  months
 * @param rules    eligibility rules
 * @param province its province's code, or {@code null} for a national programme
 */
record ProgrammeView(java.util.UUID id, String name, String basis, long amount, Per per, List<String> periods,
		EligibilityRules rules, String province) {

	static ProgrammeView of(Programme p) {
		return new ProgrammeView(p.id(), p.name(), p.basis(), p.amount(), p.per(), p.periods().stream().map(YearMonth::toString).toList(),
				p.rules(), p.areaPath().isEmpty() ? null : p.areaPath());
	}
}
