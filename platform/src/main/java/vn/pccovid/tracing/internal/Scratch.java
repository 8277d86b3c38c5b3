package vn.pccovid.tracing.internal;

import java.util.Arrays;

/**
 * Per-thread working memory of a venue trace: who was already seen in this trace (a generation stamp per person
 * number, so nothing is cleared between traces), at which level, and the time of their first contact. Lets a trace
 * find thousands of contacts without a hash set or an object per contact.
 */
final class Scratch implements CheckInIndex.Visitor {

	private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);
	private static final byte F0 = 0;
	private static final byte F1 = 1;
	private static final byte F2 = 2;

	private int[] stamp = new int[0];
	private byte[] level = new byte[0];
	private int[] first = new int[0];
	private int generation;
	private int[] f1 = new int[64];
	private int f1Count;
	private int[] f2 = new int[64];
	private int f2Count;

	/** This thread's scratch, large enough for {@code persons} person numbers. */
	static Scratch of(int persons) {
		Scratch scratch = LOCAL.get();
		if (scratch.stamp.length < persons) {
			int size = Math.max(persons, scratch.stamp.length * 2);
			scratch.stamp = Arrays.copyOf(scratch.stamp, size);
			scratch.level = Arrays.copyOf(scratch.level, size);
			scratch.first = Arrays.copyOf(scratch.first, size);
		}
		return scratch;
	}

	/**
	 * Finds the F1 of person {@code p} (co-present at a venue within {@code window} seconds of one of p's check-ins in
	 * [start, end)) and their F2 (co-present with an F1 from the F1's first contact on); answers the F1's numbers,
	 * {@link #f2()} the F2's.
	 */
	int[] trace(CheckInIndex index, int p, int start, int end, int window) {
		f1(index, p, start, end, window);
		for (int i = 0; i < f1Count; i++) {
			int contact = f1[i];
			f2Of(index, contact, first[contact], end, window);
		}
		return Arrays.copyOf(f1, f1Count);
	}

	/**
	 * The F2 step, the trace's hot loop (≈ 55 times the F1 step's work at the densities): everyone at a venue
	 * within the window of one of the F1's check-ins in [from, end) not yet seen in this trace. Written out over the
	 * index's primitive arrays rather than through {@link CheckInIndex.Visitor}: an F2's first contact is never needed
	 * (there is no F3), so a visit is one sequential read and one stamp check. Consecutive check-ins of the F1 at the
	 * same venue share their scan: the second starts where the first stopped.
	 */
	private void f2Of(CheckInIndex index, int contact, int from, int end, int window) {
		long[] own = index.checkInsOf(contact);
		int ownSize = index.checkInCount(contact);
		int[] stamps = stamp;
		int gen = generation;
		int lastVenue = -1;
		int scannedTo = 0;
		for (int i = CheckInIndex.lowerBound(own, ownSize, (long) from << 32); i < ownSize; i++) {
			long checkIn = own[i];
			int second = (int) (checkIn >>> 32);
			if (second >= end) {
				break;
			}
			int venue = (int) checkIn;
			long[] visits = index.visitsOf(venue);
			int visitCount = index.visitCount(venue);
			long last = ((long) (second + window) << 32) | 0xffffffffL;
			int j = CheckInIndex.lowerBound(visits, visitCount, (long) (second - window) << 32);
			if (venue == lastVenue && j < scannedTo) {
				j = scannedTo;
			}
			for (; j < visitCount; j++) {
				long visit = visits[j];
				if (visit > last) {
					break;
				}
				int other = (int) visit;
				if (stamps[other] != gen) {
					stamps[other] = gen;
					level[other] = F2;
					if (f2Count == f2.length) {
						f2 = Arrays.copyOf(f2, f2Count * 2);
					}
					f2[f2Count++] = other;
				}
			}
			lastVenue = venue;
			scannedTo = j;
		}
	}

	/** Finds only the F1 of person {@code p}; answers their numbers. */
	int[] f1(CheckInIndex index, int p, int start, int end, int window) {
		if (++generation == Integer.MAX_VALUE) {
			Arrays.fill(stamp, 0);
			generation = 1;
		}
		f1Count = 0;
		f2Count = 0;
		stamp[p] = generation;
		level[p] = F0;
		index.forEachCoPresent(p, start, end, window, this);
		return Arrays.copyOf(f1, f1Count);
	}

	/** The F2 found by the last {@link #trace}. */
	int[] f2() {
		return Arrays.copyOf(f2, f2Count);
	}

	/** How many F2 the last {@link #trace} found. */
	int f2Count() {
		return f2Count;
	}

	/** The first contact second of a person found by the last trace. */
	int firstContact(int person) {
		return first[person];
	}

	/** The F1 step's visit: a new F1, or an earlier contact with a known one. */
	@Override
	public void visit(int other, int venue, int ownSecond, int otherSecond) {
		int contactAt = Math.min(ownSecond, otherSecond);
		if (stamp[other] == generation) {
			if (level[other] == F1 && contactAt < first[other]) {
				first[other] = contactAt;
			}
			return;
		}
		stamp[other] = generation;
		level[other] = F1;
		first[other] = contactAt;
		if (f1Count == f1.length) {
			f1 = Arrays.copyOf(f1, f1Count * 2);
		}
		f1[f1Count++] = other;
	}
}
