package vn.pccovid.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A case as tracing needs it: who, where, and from when to look back.
 *
 * @param caseId        the case's id
 * @param person        registry id
 * @param level         F0, F1, F2 or suspected
 * @param state         where it stands
 * @param since         when it reached this state
 * @param ward          the person's ward when the case was opened
 * @param referenceDate symptom onset or test date (F0, suspected) or the day of contact (F1, F2)
 */
public record CaseSummary(UUID caseId, UUID person, CaseLevel level, CaseState state, Instant since, AreaCode ward,
		LocalDate referenceDate) {
}
