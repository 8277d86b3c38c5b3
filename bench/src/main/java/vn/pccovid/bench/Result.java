package vn.pccovid.bench;

/**
 * One row of the benchmark table: a figure and the baseline it is compared with, measured in the same run.
 *
 * @param name     what was measured
 * @param figure   the platform's figure
 * @param unit     unit of both figures
 * @param baseline what the baseline is
 * @param baselineFigure the baseline's figure
 * @param higherIsBetter whether a larger figure is better (throughput) or worse (latency)
 */
public record Result(String name, double figure, String unit, String baseline, double baselineFigure, boolean higherIsBetter) {

	/** How many times better the platform is than its baseline (above 1 means better). */
	public double ratio() {
		if (figure == 0 || baselineFigure == 0) {
			return 0;
		}
		return higherIsBetter ? figure / baselineFigure : baselineFigure / figure;
	}
}
