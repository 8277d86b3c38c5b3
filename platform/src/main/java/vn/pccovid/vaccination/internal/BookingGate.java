package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * The in-memory admission gate in front of the booking committer: per slot the places this server believes are
 * left, loaded from the database on first use. A request takes a place here before its booking is queued and gives
 * it back when the booking was not made, so that once a slot is full the rest of a flash crowd is answered 409
 * without touching the database.
 * <p>
 * The gate is an optimisation, never the guard: the committer's transaction locks the slot and counts again, and
 * {@code CHECK (booked BETWEEN 0 AND capacity)} refuses any overbooking. The gate can be wrong in both directions
 * (another server booked or cancelled, a write failed): too many places only costs a trip to the database that
 * answers full (and marks the gate for reloading); too few is corrected by reloading a full slot's count from the
 * database at most once per {@value #RELOAD_MILLIS} ms.
 */
@Component
class BookingGate {

	static final long RELOAD_MILLIS = 1_000;
	/** Past this many slots the map is emptied (entries reload on demand), so the gate stays bounded. */
	static final int MAX_SLOTS = 100_000;

	private final Sites sites;
	private final Clock clock;
	private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

	BookingGate(Sites sites, Clock clock) {
		this.sites = sites;
		this.clock = clock;
	}

	/** What the gate says to a request. */
	enum Admission { ADMITTED, FULL, NO_SLOT, PAST }

	/** Takes a place of the slot for a request about to be queued; every ADMITTED must be followed by {@link #decided}. */
	Admission admit(UUID slotId) {
		Entry entry = entries.get(slotId);
		if (entry == null) {
			if (entries.size() >= MAX_SLOTS) {
				entries.clear();
			}
			// Loaded once per slot however many requests ask at once; an unknown slot leaves no entry.
			entry = entries.computeIfAbsent(slotId, id -> sites.slot(id).map(slot -> new Entry(slot, System.nanoTime())).orElse(null));
			if (entry == null) {
				return Admission.NO_SLOT;
			}
		}
		if (entry.slot.date().isBefore(LocalDate.now(clock))) {
			return Admission.PAST;
		}
		if (take(entry)) {
			entry.inFlight.incrementAndGet();
			return Admission.ADMITTED;
		}
		if (reload(entry) && take(entry)) {
			entry.inFlight.incrementAndGet();
			return Admission.ADMITTED;
		}
		return Admission.FULL;
	}

	/** The committer decided an admitted request: a place not used goes back; a database "full" marks the gate stale. */
	void decided(UUID slotId, BookingOutcome.Result result) {
		Entry entry = entries.get(slotId);
		if (entry == null) {
			return;
		}
		entry.inFlight.decrementAndGet();
		if (result == BookingOutcome.Result.BOOKED) {
			return;
		}
		entry.remaining.incrementAndGet();
		if (result == BookingOutcome.Result.FULL) {
			// The database saw the slot full where the gate had a place: reload on the next request.
			entry.remaining.set(0);
			entry.loadedAt = 0;
		}
	}

	/** A cancellation committed: its place is free again. */
	void released(UUID slotId) {
		Entry entry = entries.get(slotId);
		if (entry != null) {
			entry.remaining.incrementAndGet();
		}
	}

	/** For tests: makes the gate believe the slot has this many places left, whatever the database says. */
	void believe(UUID slotId, int remaining) {
		admit(slotId);
		Entry entry = entries.get(slotId);
		entry.inFlight.set(0);
		entry.remaining.set(remaining);
		entry.loadedAt = System.nanoTime();
	}

	private static boolean take(Entry entry) {
		for (int left = entry.remaining.get(); left > 0; left = entry.remaining.get()) {
			if (entry.remaining.compareAndSet(left, left - 1)) {
				return true;
			}
		}
		return false;
	}

	/** Re-reads a full slot's count from the database, at most once per interval; true when it did. */
	private boolean reload(Entry entry) {
		synchronized (entry) {
			long now = System.nanoTime();
			if (entry.loadedAt != 0 && now - entry.loadedAt < RELOAD_MILLIS * 1_000_000) {
				return false;
			}
			entry.loadedAt = now;
			Optional<Slot> fresh = sites.slot(entry.slot.id());
			if (fresh.isEmpty()) {
				return false;
			}
			// Requests admitted but not yet decided hold places the database does not show yet.
			entry.remaining.set(Math.max(0, fresh.get().capacity() - fresh.get().booked() - entry.inFlight.get()));
			return true;
		}
	}

	private static final class Entry {

		final Slot slot;
		final AtomicInteger remaining;
		final AtomicInteger inFlight = new AtomicInteger();
		volatile long loadedAt;

		Entry(Slot slot, long loadedAt) {
			this.slot = slot;
			this.remaining = new AtomicInteger(slot.capacity() - slot.booked());
			this.loadedAt = loadedAt;
		}
	}
}
