package vn.pccovid.checkin;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Stored check-ins for other modules (tracing builds its co-presence index from them, then follows
 * {@link CheckInsRecorded}). A system read that shows nothing by itself: the module that shows a result audits it.
 */
public interface CheckIns {

	/** Streams every stored check-in at or after {@code from}, oldest first, without holding them all in memory. */
	void forEachSince(Instant from, Consumer<RecordedCheckIn> each);
}
