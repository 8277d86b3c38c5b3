package vn.pccovid.checkin.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.pccovid.core.PeopleOnPhone;

/**
 * Whom a signed-in phone acts for, as the check-in path asks it: a phone scans poster after poster, and asking the
 * people module each time costs two queries per check-in. A phone's people are kept for
 * {@code pccovid.checkin.venue-cache-ttl} (5 s) after they were read; only a "yes" is kept, so a person just added to
 * the phone may check in at once, and a person removed from it can be checked in for at most that long afterwards.
 */
@Component
class CheckInPhones {

	private static final int MAX_ENTRIES = 100_000;

	private record Entry(List<UUID> personIds, long loadedAt) {
	}

	private final PeopleOnPhone people;
	private final long ttlNanos;
	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	CheckInPhones(PeopleOnPhone people, CheckInSettings settings) {
		this.people = people;
		this.ttlNanos = settings.venueCacheTtl().toNanos();
	}

	/** Whether the phone acts for the person. */
	boolean mayActFor(String phone, UUID personId) {
		if (phone == null || personId == null) {
			return false;
		}
		long now = System.nanoTime();
		Entry entry = entries.get(phone);
		if (entry != null && now - entry.loadedAt() < ttlNanos && entry.personIds().contains(personId)) {
			return true;
		}
		List<UUID> ids = people.personIds(phone);
		if (entries.size() > MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(phone, new Entry(ids, now));
		return ids.contains(personId);
	}
}
