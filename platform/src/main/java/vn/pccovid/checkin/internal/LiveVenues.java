package vn.pccovid.checkin.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Venues as the check-in path sees them: read once and trusted for {@code pccovid.checkin.venue-cache-ttl}, because
 * every scan of a poster names the same venue and a database read per check-in would halve the rate. A change made
 * on this node is seen at once; one made on another node within the TTL.
 */
@Component
class LiveVenues {

	private static final int MAX_ENTRIES = 200_000;

	private record Entry(Venue venue, long loadedAt) {
	}

	private final Venues venues;
	private final long ttlNanos;
	private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();

	LiveVenues(Venues venues, CheckInSettings settings) {
		this.venues = venues;
		this.ttlNanos = settings.venueCacheTtl().toNanos();
	}

	Optional<Venue> find(UUID id) {
		long now = System.nanoTime();
		Entry entry = entries.get(id);
		if (entry != null && now - entry.loadedAt() < ttlNanos) {
			return Optional.of(entry.venue());
		}
		Optional<Venue> venue = venues.find(id);
		if (entries.size() > MAX_ENTRIES) {
			entries.clear();
		}
		venue.ifPresentOrElse(v -> entries.put(id, new Entry(v, now)), () -> entries.remove(id));
		return venue;
	}

	void forget(UUID id) {
		entries.remove(id);
	}
}
