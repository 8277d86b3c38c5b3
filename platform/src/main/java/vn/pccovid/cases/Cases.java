package vn.pccovid.cases;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * Cases for the tracing module: it reads the case it traces and opens the F1/F2 cases an epidemiologist (or the
 * automatic setting) confirmed. System calls: the caller checks the actor's area and audits what it shows.
 */
public interface Cases {

	/** The case, or empty when unknown. */
	Optional<CaseSummary> find(UUID caseId);

	/**
	 * Opens an F1 or F2 case for a confirmed contact, or raises the person's active case to that level (an F2 becomes
	 * an F1); a person already at that level or above keeps their case. The person is notified (inbox + SMS) exactly
	 * once per case and level, in the caller's transaction.
	 *
	 * @param contact the contact to open a case for
	 * @return the person's case after the call
	 */
	CaseSummary openContact(ContactCase contact);

	/**
	 * A confirmed contact.
	 *
	 * @param person      registry id
	 * @param level       {@link CaseLevel#F1} or {@link CaseLevel#F2}
	 * @param ward        the person's ward
	 * @param contactDate the day of the (last) contact: the quarantine counts from it
	 * @param sourceCase  the F0's case that was traced
	 * @param actor       who confirmed (a username, or {@code tracing} for the automatic setting)
	 * @param reason      why, for the case's history
	 */
	record ContactCase(UUID person, CaseLevel level, AreaCode ward, LocalDate contactDate, UUID sourceCase, String actor,
			String reason) {

		public ContactCase {
			if (level != CaseLevel.F1 && level != CaseLevel.F2) {
				throw new IllegalArgumentException("a contact case is F1 or F2, not " + level);
			}
		}
	}
}
