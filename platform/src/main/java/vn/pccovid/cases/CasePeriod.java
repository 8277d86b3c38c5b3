package vn.pccovid.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stretch of time a person spent at one case level, for rules over periods (relief for F0s of September).
 *
 * @param caseId the case
 * @param level  the level held
 * @param from   first day at that level
 * @param to     last day, or {@code null} while it lasts
 */
public record CasePeriod(UUID caseId, CaseLevel level, LocalDate from, LocalDate to) {

	/** Whether the period shares a day with [{@code start}, {@code end}]. */
	public boolean overlaps(LocalDate start, LocalDate end) {
		return !from.isAfter(end) && (to == null || !to.isBefore(start));
	}
}
