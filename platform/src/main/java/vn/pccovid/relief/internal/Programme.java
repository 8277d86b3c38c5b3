package vn.pccovid.relief.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A relief programme as stored.
 *
 * @param id       its id
 * @param name     e.g. "Hỗ trợ lao động tự do"
 * @param basis    legal basis, e.g. "Nghị quyết 68/NQ-CP"
 * @param amount   VND per payee and period
 * @param per      per person or per household
 * @param periods  the months it pays for, in order
 * @param rules    eligibility rules
 * @param areaPath the province it belongs to ({@code ""} for a national programme)
 */
record Programme(UUID id, String name, String basis, long amount, Per per, List<YearMonth> periods,
		EligibilityRules rules, String areaPath) {

	Programme {
		periods = List.copyOf(periods);
	}

	/** The day ages are counted on: the first day of the first period. */
	LocalDate firstDay() {
		return periods.get(0).atDay(1);
	}

	/** The last day of the last period. */
	LocalDate lastDay() {
		return periods.get(periods.size() - 1).atEndOfMonth();
	}

	/** Whether a person living in this area (a ward path) is within the programme's province or the country. */
	boolean covers(String wardPath) {
		return areaPath.isEmpty() || wardPath.equals(areaPath) || wardPath.startsWith(areaPath + ".");
	}
}
