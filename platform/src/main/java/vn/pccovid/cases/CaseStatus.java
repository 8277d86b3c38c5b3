package vn.pccovid.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's case as other modules see it.
 *
 * @param caseId the case's id
 * @param person registry id
 * @param level  F0, F1, F2 or suspected
 * @param state  where it stands
 * @param since  when it reached this state
 */
public record CaseStatus(UUID caseId, UUID person, CaseLevel level, CaseState state, Instant since) {
}
