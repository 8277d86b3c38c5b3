package vn.pccovid.tracing.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import vn.pccovid.core.AreaCode;

/**
 * Check-ins held in memory for co-presence queries, the way the questions are asked: per venue, sorted by time (who
 * else was here within ± an hour?), and per person, sorted by time (where was this person?). Each entry is one
 * {@code long}: seconds since 2020 in the high half, a dense venue or person number in the low half, so a venue's
 * day is a binary search and a short scan over a primitive array — no objects per check-in, about 16 bytes each.
 * <p>
 * Readers share a lock; a batch of new check-ins takes it exclusively for the few microseconds of appending (entries
 * arrive nearly in time order, so almost every insert is an append).
 */
final class CheckInIndex {

	/** 2020-01-01T00:00:00Z: times are stored as seconds after it, which fits an int until 2088. */
	static final long EPOCH = 1_577_836_800L;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	private final Map<UUID, Integer> personNumbers = new HashMap<>();
	private final Map<UUID, Integer> venueNumbers = new HashMap<>();
	private UUID[] persons = new UUID[1024];
	private UUID[] venues = new UUID[256];
	private AreaCode[] venueWards = new AreaCode[256];
	private long[][] byVenue = new long[256][];
	private int[] venueSizes = new int[256];
	private long[][] byPerson = new long[1024][];
	private int[] personSizes = new int[1024];
	private int personCount;
	private int venueCount;
	private long size;

	/** Receives one co-presence: the other person, the venue, the traced person's and the other's check-in times. */
	@FunctionalInterface
	interface Visitor {
		void visit(int other, int venue, int ownSecond, int otherSecond);
	}

	static int second(Instant at) {
		return (int) (at.getEpochSecond() - EPOCH);
	}

	/**
	 * The first whole second at or after the instant: check-ins are kept to the second, so "at or after {@code at}"
	 * and "before {@code at}" are exact comparisons with it even when {@code at} has a fraction of a second.
	 */
	static int secondAtOrAfter(Instant at) {
		return (int) (at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0) - EPOCH);
	}

	static Instant instant(int second) {
		return Instant.ofEpochSecond(EPOCH + second);
	}

	/** Adds one check-in. */
	void add(UUID person, UUID venue, AreaCode ward, Instant at) {
		lock.writeLock().lock();
		try {
			insert(person, venue, ward, second(at));
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Adds many check-ins under one exclusive lock. */
	void addAll(Iterable<? extends Entry> entries) {
		lock.writeLock().lock();
		try {
			for (Entry e : entries) {
				insert(e.person(), e.venue(), e.ward(), second(e.at()));
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** One check-in to add. */
	record Entry(UUID person, UUID venue, AreaCode ward, Instant at) {
	}

	private void insert(UUID person, UUID venue, AreaCode ward, int second) {
		int p = personNumber(person);
		int v = venueNumber(venue, ward);
		byVenue[v] = put(byVenue[v], venueSizes[v]++, ((long) second << 32) | p);
		byPerson[p] = put(byPerson[p], personSizes[p]++, ((long) second << 32) | v);
		size++;
	}

	/** Puts the key into the sorted array of {@code used} entries (growing it), keeping it sorted. */
	private static long[] put(long[] array, int used, long key) {
		if (array == null) {
			array = new long[4];
		}
		else if (used == array.length) {
			array = Arrays.copyOf(array, used * 2);
		}
		if (used == 0 || array[used - 1] <= key) {
			array[used] = key;
			return array;
		}
		int at = lowerBound(array, used, key);
		System.arraycopy(array, at, array, at + 1, used - at);
		array[at] = key;
		return array;
	}

	private int personNumber(UUID person) {
		Integer known = personNumbers.get(person);
		if (known != null) {
			return known;
		}
		if (personCount == persons.length) {
			int grown = persons.length * 2;
			persons = Arrays.copyOf(persons, grown);
			byPerson = Arrays.copyOf(byPerson, grown);
			personSizes = Arrays.copyOf(personSizes, grown);
		}
		persons[personCount] = person;
		personNumbers.put(person, personCount);
		return personCount++;
	}

	private int venueNumber(UUID venue, AreaCode ward) {
		Integer known = venueNumbers.get(venue);
		if (known != null) {
			return known;
		}
		if (venueCount == venues.length) {
			int grown = venues.length * 2;
			venues = Arrays.copyOf(venues, grown);
			venueWards = Arrays.copyOf(venueWards, grown);
			byVenue = Arrays.copyOf(byVenue, grown);
			venueSizes = Arrays.copyOf(venueSizes, grown);
		}
		venues[venueCount] = venue;
		venueWards[venueCount] = ward;
		venueNumbers.put(venue, venueCount);
		return venueCount++;
	}

	/** The first position whose entry is not less than {@code key}. */
	static int lowerBound(long[] array, int used, long key) {
		int low = 0;
		int high = used;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (array[mid] < key) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** Runs the query under the shared lock. */
	<T> T read(java.util.function.Supplier<T> query) {
		lock.readLock().lock();
		try {
			return query.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** The person's number, or -1 when they have no check-in. Call inside {@link #read}. */
	int numberOf(UUID person) {
		Integer number = personNumbers.get(person);
		return number == null ? -1 : number;
	}

	/** Call inside {@link #read}. */
	UUID person(int number) {
		return persons[number];
	}

	/** Call inside {@link #read}. */
	UUID venue(int number) {
		return venues[number];
	}

	/** Call inside {@link #read}. */
	AreaCode venueWard(int number) {
		return venueWards[number];
	}

	/** How many people are numbered (the size scratch arrays need). Call inside {@link #read}. */
	int personCount() {
		return personCount;
	}

	long size() {
		return read(() -> size);
	}

	/**
	 * Visits everyone checked in at a venue within {@code window} seconds of one of the person's check-ins in
	 * [{@code from}, {@code to}), the person left out. Call inside {@link #read}.
	 */
	void forEachCoPresent(int person, int from, int to, int window, Visitor visitor) {
		long[] own = byPerson[person];
		int ownSize = personSizes[person];
		for (int i = lowerBound(own, ownSize, (long) from << 32); i < ownSize; i++) {
			int second = (int) (own[i] >>> 32);
			if (second >= to) {
				break;
			}
			int venue = (int) own[i];
			long[] visits = byVenue[venue];
			int visitCount = venueSizes[venue];
			long last = ((long) (second + window) << 32) | 0xffffffffL;
			for (int j = lowerBound(visits, visitCount, (long) (second - window) << 32); j < visitCount && visits[j] <= last; j++) {
				int other = (int) visits[j];
				if (other != person) {
					visitor.visit(other, venue, second, (int) (visits[j] >>> 32));
				}
			}
		}
	}

	/** A person's check-ins, sorted (time in the high half, venue number in the low); call inside {@link #read}. */
	long[] checkInsOf(int person) {
		return byPerson[person];
	}

	/** How many of {@link #checkInsOf} are in use. Call inside {@link #read}. */
	int checkInCount(int person) {
		return personSizes[person];
	}

	/** A venue's check-ins, sorted (time in the high half, person number in the low); call inside {@link #read}. */
	long[] visitsOf(int venue) {
		return byVenue[venue];
	}

	/** How many of {@link #visitsOf} are in use. Call inside {@link #read}. */
	int visitCount(int venue) {
		return venueSizes[venue];
	}

	/** The person numbers as they are now: a snapshot that stays valid for the numbers given so far. */
	UUID[] personsSnapshot() {
		return persons;
	}

	/** Drops every check-in before {@code before}; answers how many. */
	long purgeBefore(Instant before) {
		long cut = (long) second(before) << 32;
		lock.writeLock().lock();
		try {
			long dropped = 0;
			for (int v = 0; v < venueCount; v++) {
				dropped += dropHead(byVenue[v], venueSizes, v, cut);
			}
			for (int p = 0; p < personCount; p++) {
				dropHead(byPerson[p], personSizes, p, cut);
			}
			size -= dropped;
			return dropped;
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private static int dropHead(long[] array, int[] sizes, int index, long cut) {
		if (array == null) {
			return 0;
		}
		int drop = lowerBound(array, sizes[index], cut);
		if (drop > 0) {
			System.arraycopy(array, drop, array, 0, sizes[index] - drop);
			sizes[index] -= drop;
		}
		return drop;
	}

	/** Empties the index (before a reload). */
	void clear() {
		lock.writeLock().lock();
		try {
			personNumbers.clear();
			venueNumbers.clear();
			Arrays.fill(byVenue, null);
			Arrays.fill(byPerson, null);
			Arrays.fill(venueSizes, 0);
			Arrays.fill(personSizes, 0);
			personCount = 0;
			venueCount = 0;
			size = 0;
		}
		finally {
			lock.writeLock().unlock();
		}
	}
}
