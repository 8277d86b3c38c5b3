package vn.pccovid.bench;

import java.util.Collection;
import java.util.List;

/** Medians and percentiles of measured samples. */
public final class Stats {

	private Stats() {
	}

	public static double median(Collection<Double> samples) {
		return percentile(samples.stream().mapToDouble(Double::doubleValue).toArray(), 50);
	}

	/** The nearest-rank percentile (0–100) of the samples. */
	public static double percentile(double[] samples, double percentile) {
		if (samples.length == 0) {
			return 0;
		}
		double[] sorted = samples.clone();
		java.util.Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	public static double percentile(List<Long> samples, double percentile) {
		return percentile(samples.stream().mapToDouble(Long::doubleValue).toArray(), percentile);
	}
}
