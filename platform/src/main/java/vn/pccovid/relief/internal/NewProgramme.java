package vn.pccovid.relief.internal;

import java.util.List;

/**
 * A programme as a province admin sends it; {@link ProgrammeRulesReader} checks every field.
 *
 * @param name    1–200 characters
 * @param basis   the legal basis, 1–200 characters
 * @param amount  VND per payee and period, 1 … 100,000,000
 * @param per     {@code PERSON} or {@code HOUSEHOLD}
 * @param periods months {@code 2021-09}, 1–24 of them, no repeats
 * @param rules   eligibility rules, or {@code null} for none
 */
record NewProgramme(String name, String basis, Long amount, String per, List<String> periods, Rules rules) {

	/**
	 * Rules as sent: any of them; all given must hold.
	 *
	 * @param minAge     0–150
	 * @param maxAge     0–150, not below {@code minAge}
	 * @param residence  {@code PERMANENT}, {@code TEMPORARY}, {@code HOMELESS}
	 * @param flags      {@code SHIPPER}, {@code FREELANCE}, {@code SUSPENDED_CONTRACT}, {@code HOUSEHOLD_BUSINESS}, {@code LOST_JOB}
	 * @param caseStatus {@code F0}, {@code F1}, {@code F2}
	 * @param caseWithin the days a case status counts in; absent: the programme's periods
	 */
	record Rules(Integer minAge, Integer maxAge, List<String> residence, List<String> flags, List<String> caseStatus,
			Window caseWithin) {
	}

	/**
	 * Days, ISO dates, both included.
	 *
	 * @param from first day
	 * @param to   last day
	 */
	record Window(String from, String to) {
	}
}
