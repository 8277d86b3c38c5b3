package vn.pccovid.checkin;

import java.util.List;

/**
 * Check-ins were stored, published once per durable commit in the storing transaction: the rows of every request that
 * shared that group commit (one citizen scan or many, whole batches), so that a listener costs one call per commit,
 * not per row or per request. That matters because the event publication registry writes one record per event for
 * each transactional listener and deletes it once handled: per request, those deletes (a durable commit each, one
 * after another on the writer thread) capped the check-in rate far below the rest of the path. Listeners must stay
 * cheap: this is the busiest path.
 *
 * @param checkIns the new check-ins (duplicates left out)
 */
public record CheckInsRecorded(List<RecordedCheckIn> checkIns) {

	public CheckInsRecorded {
		checkIns = List.copyOf(checkIns);
	}
}
