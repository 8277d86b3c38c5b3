package vn.pccovid.vaccination.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.pccovid.core.PeopleOnPhone;

/**
 * Who a phone acts for, remembered for {@value #TTL_SECONDS} seconds, for the booking path only: in a flash crowd
 * the same family phone books for several people within seconds, and asking the people module each time costs two
 * look-ups per request. Only a "yes" is remembered; a person not in the remembered set is asked again (a person just
 * added to the phone is found at once), so the cache can only be late by the TTL in noticing a person removed from
 * a phone. Bounded: past {@value #MAX_PHONES} phones it starts afresh.
 */
@Component
class BookingCallers {

	static final long TTL_SECONDS = 10;
	static final int MAX_PHONES = 200_000;

	private final PeopleOnPhone people;
	private final Map<String, Known> phones = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<Set<UUID>>> loading = new ConcurrentHashMap<>();

	BookingCallers(PeopleOnPhone people) {
		this.people = people;
	}

	/** Whether the phone acts for the person. */
	boolean mayActFor(String phone, UUID personId) {
		long now = System.nanoTime();
		Known known = phones.get(phone);
		if (known != null && now - known.at < TTL_SECONDS * 1_000_000_000L && known.people.contains(personId)) {
			return true;
		}
		// One look-up per phone at a time: a family phone booking for its people at once waits for the first.
		CompletableFuture<Set<UUID>> mine = new CompletableFuture<>();
		CompletableFuture<Set<UUID>> running = loading.putIfAbsent(phone, mine);
		if (running != null) {
			if (running.join().contains(personId)) {
				return true;
			}
			return Set.copyOf(people.personIds(phone)).contains(personId);
		}
		try {
			Set<UUID> current = Set.copyOf(people.personIds(phone));
			if (phones.size() >= MAX_PHONES) {
				phones.clear();
			}
			phones.put(phone, new Known(current, now));
			mine.complete(current);
			return current.contains(personId);
		}
		catch (RuntimeException e) {
			mine.completeExceptionally(e);
			throw e;
		}
		finally {
			loading.remove(phone, mine);
		}
	}

	private record Known(Set<UUID> people, long at) {
	}
}
