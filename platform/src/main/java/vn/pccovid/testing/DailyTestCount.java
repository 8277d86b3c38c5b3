package vn.pccovid.testing;

import vn.pccovid.core.AreaCode;

/**
 * One ward's testing on one day (Vietnam time), by where the samples were taken.
 *
 * @param ward        the sampling sites' ward
 * @param samples     people sampled (single samples and pool members)
 * @param pooledTubes pooled tubes
 * @param positives   individual positive results of samples taken that day
 * @param decided     samples of that day with an individual result (own, or a negative pool's)
 */
public record DailyTestCount(AreaCode ward, long samples, long pooledTubes, long positives, long decided) {

	/** Positives among the decided samples, 0 when none is decided. */
	public double positiveRate() {
		return decided == 0 ? 0 : (double) positives / decided;
	}
}
