package vn.pccovid.checkin;

import java.util.List;

/**
 * Check-ins were stored, published once per request (one or a whole batch) in the storing transaction, so that a
 * listener costs one call per request, not per row. Listeners must stay cheap: this is the busiest path.
 *
 * @param checkIns the new check-ins (duplicates left out)
 */
public record CheckInsRecorded(List<RecordedCheckIn> checkIns) {

	public CheckInsRecorded {
		checkIns = List.copyOf(checkIns);
	}
}
