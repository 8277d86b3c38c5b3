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
	private byte collecting;

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
		collecting = F2;
		for (int i = 0; i < f1Count; i++) {
			int contact = f1[i];
			index.forEachCoPresent(contact, first[contact], end, window, this);
		}
		return Arrays.copyOf(f1, f1Count);
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
		collecting = F1;
		index.forEachCoPresent(p, start, end, window, this);
		return Arrays.copyOf(f1, f1Count);
	}

	/** The F2 found by the last {@link #trace}. */
	int[] f2() {
		return Arrays.copyOf(f2, f2Count);
	}

	/** The first contact second of a person found by the last trace. */
	int firstContact(int person) {
		return first[person];
	}

	@Override
	public void visit(int other, int venue, int ownSecond, int otherSecond) {
		int contactAt = Math.min(ownSecond, otherSecond);
		if (stamp[other] == generation) {
			if (level[other] == collecting && contactAt < first[other]) {
				first[other] = contactAt;
			}
			return;
		}
		stamp[other] = generation;
		level[other] = collecting;
		first[other] = contactAt;
		if (collecting == F1) {
			if (f1Count == f1.length) {
				f1 = Arrays.copyOf(f1, f1Count * 2);
			}
			f1[f1Count++] = other;
		}
		else {
			if (f2Count == f2.length) {
				f2 = Arrays.copyOf(f2, f2Count * 2);
			}
			f2[f2Count++] = other;
		}
	}
}
