package vn.pccovid.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Case status for other modules' rules (checkpoints, relief, the COVID card). Modules that may run before the cases
 * module exists inject it through {@code ObjectProvider} and treat its absence as "no case known". A system lookup
 * that shows nothing by itself: the module that shows the result audits that read.
 */
public interface CaseStatuses {

	/** The person's latest case (active or ended); empty when they never had one. */
	Optional<CaseStatus> currentOf(UUID person);

	/** Every period the person spent at a case level, oldest first. */
	List<CasePeriod> historyOf(UUID person);
}
