package vn.pccovid.tracing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Venue co-presence from tracing's in-memory index of check-ins: the part of tracing that scales with the number of
 * check-ins (the benchmark measures it against a PostgreSQL self-join). A system computation that shows nothing by
 * itself: the module that shows the result audits it.
 */
public interface VenueContacts {

	/** Rebuilds the index from {@code checkin.CheckIns} over the retention period; answers how many check-ins it holds. */
	long reload();

	/**
	 * Rebuilds the index from the given source over the retention period (a replay, a benchmark's generated
	 * check-ins); answers how many check-ins it holds.
	 */
	long reloadFrom(vn.pccovid.checkin.CheckIns source);

	/**
	 * The people checked in at a venue within the co-presence window (± 60 minutes by default) of one of the person's
	 * check-ins in [{@code from}, {@code to}) — the F1 — and those co-present with an F1 at a venue from the F1's first
	 * contact on — the F2 (F1s and the person left out).
	 */
	Traced trace(UUID person, Instant from, Instant to);

	/** Only the F1 of {@link #trace}: the people co-present with the person at a venue in the window. */
	Set<UUID> f1(UUID person, Instant from, Instant to);

	/**
	 * Venue contacts of one person.
	 *
	 * @param f1 co-present with the person
	 * @param f2 co-present with an F1 after their contact, not themselves F1, each once (a view: the ids are looked
	 *           up when read, so a caller that only counts pays nothing for thousands of F2)
	 */
	record Traced(Set<UUID> f1, List<UUID> f2) {
	}
}
