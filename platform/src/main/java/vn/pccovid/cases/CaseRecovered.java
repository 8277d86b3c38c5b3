package vn.pccovid.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An F0 recovered, published in the transition's transaction; certificates issue a recovery certificate.
 *
 * @param caseId          the case
 * @param person          registry id
 * @param firstPositiveOn the day of the first positive test
 * @param recoveredOn     the day of recovery
 */
public record CaseRecovered(UUID caseId, UUID person, LocalDate firstPositiveOn, LocalDate recoveredOn) {
}
