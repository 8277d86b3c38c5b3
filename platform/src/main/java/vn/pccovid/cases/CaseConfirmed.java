package vn.pccovid.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A person became an F0 (a positive result, or staff confirmed a suspected case or a contact), published in the
 * confirming transaction; tracing computes the F0's contacts from it.
 *
 * @param caseId        the case
 * @param person        registry id
 * @param ward          the person's ward
 * @param referenceDate symptom onset or the test date, whichever is earlier: the look-back starts before it
 * @param confirmedAt   when
 */
public record CaseConfirmed(UUID caseId, UUID person, AreaCode ward, LocalDate referenceDate, Instant confirmedAt) {
}
