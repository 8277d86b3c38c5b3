package vn.pccovid.vaccination.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits incoming doses among sites by their weight — the registered people still to vaccinate beyond the stock on
 * hand, plus half of the coverage gap (targets not yet registered count half: they are demand to come, not demand
 * waiting) — with the largest-remainder method, so the shares are whole doses that always sum to the incoming doses.
 * When no site has any weight the doses are split evenly. Pure: no database, no clock.
 */
final class SupplyAllocation {

	private SupplyAllocation() {
	}

	/**
	 * A site's claim.
	 *
	 * @param siteId     site id (as text)
	 * @param siteName   site's name
	 * @param areaPath   its ward
	 * @param registered registered people of its ward's share not fully vaccinated
	 * @param stock      doses on hand (unexpired)
	 * @param gap        target population of its ward's share without a first dose
	 */
	record Claim(String siteId, String siteName, String areaPath, long registered, long stock, long gap) {

		long need() {
			return Math.max(0, registered - stock);
		}

		double weight() {
			return need() + gap / 2.0;
		}
	}

	/**
	 * One site's share and why.
	 *
	 * @param claim  the claim
	 * @param weight its weight
	 * @param share  its share of all weights (0–1)
	 * @param doses  doses allocated
	 */
	record Share(Claim claim, double weight, double share, long doses) {
	}

	static List<Share> allocate(long incoming, List<Claim> claims) {
		if (incoming < 0) {
			throw new IllegalArgumentException("incoming doses must not be negative");
		}
		if (claims.isEmpty()) {
			return List.of();
		}
		double total = claims.stream().mapToDouble(Claim::weight).sum();
		int n = claims.size();
		double[] exact = new double[n];
		long[] doses = new long[n];
		long given = 0;
		for (int i = 0; i < n; i++) {
			exact[i] = total > 0 ? incoming * (claims.get(i).weight() / total) : (double) incoming / n;
			doses[i] = (long) Math.floor(exact[i]);
			given += doses[i];
		}
		// The doses left by rounding down go one each to the largest remainders (ties: the earlier claim).
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -(exact[i] - doses[i])).thenComparingInt(i -> i));
		for (int k = 0; given < incoming; k = (k + 1) % n) {
			doses[order.get(k)]++;
			given++;
		}
		List<Share> shares = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			shares.add(new Share(claims.get(i), claims.get(i).weight(), total > 0 ? claims.get(i).weight() / total : 1.0 / n, doses[i]));
		}
		return shares;
	}
}
