package vn.pccovid.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Picks items with given relative weights in O(log n), from a seeded random source. */
final class WeightedChoice<T> {

	private final List<T> items = new ArrayList<>();
	private double[] cumulative = new double[0];
	private double total;

	WeightedChoice<T> add(T item, double weight) {
		items.add(item);
		total += weight;
		cumulative = java.util.Arrays.copyOf(cumulative, cumulative.length + 1);
		cumulative[cumulative.length - 1] = total;
		return this;
	}

	T pick(SplittableRandom random) {
		double x = random.nextDouble() * total;
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] <= x) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return items.get(low);
	}

	int size() {
		return items.size();
	}
}
