package vn.pccovid.vaccination;

import java.util.List;
import java.util.UUID;

/**
 * The doses people received, for other modules' rules (checkpoints, COVID card). A system lookup that shows nothing
 * to a caller by itself: the module that shows the result audits that read.
 */
public interface VaccinationRecords {

	/** The person's doses, oldest first; empty when none. */
	List<AdministeredDose> dosesOf(UUID person);
}
