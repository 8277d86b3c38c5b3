package vn.pccovid.relief.internal;

import java.time.LocalDate;
import java.util.Set;

import vn.pccovid.cases.CaseLevel;

/**
 * A programme's eligibility rules as data; every rule given must hold, a {@code null} or empty one is not checked.
 * Within a list (residence, flags, case status) one match suffices.
 *
 * @param minAge     youngest age, on the first day of the programme's first period
 * @param maxAge     oldest age, on that day
 * @param residence  residence kinds that qualify
 * @param flags      occupations that qualify (registry's shipper flag, or attested by the ward)
 * @param caseStatus case levels (F0, F1) that qualify when held on some day of {@code caseWithin}
 * @param caseWithin the window for {@code caseStatus}; {@code null} means the programme's periods
 */
record EligibilityRules(Integer minAge, Integer maxAge, Set<Residency> residence, Set<ReliefFlag> flags,
		Set<CaseLevel> caseStatus, Window caseWithin) {

	EligibilityRules {
		residence = residence == null ? Set.of() : Set.copyOf(residence);
		flags = flags == null ? Set.of() : Set.copyOf(flags);
		caseStatus = caseStatus == null ? Set.of() : Set.copyOf(caseStatus);
	}

	/**
	 * Days from {@code from} to {@code to}, both included.
	 *
	 * @param from first day
	 * @param to   last day
	 */
	record Window(LocalDate from, LocalDate to) {
	}
}
