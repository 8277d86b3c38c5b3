package vn.pccovid.vaccination.internal;

/**
 * One site's line of a supply plan, with the sentence that says why it got what it got.
 *
 * @param siteId            the site
 * @param siteName          its name
 * @param ward              its ward's area path
 * @param registeredWaiting registered people of its ward's share not fully vaccinated
 * @param stock             unexpired doses on hand
 * @param need              registered waiting beyond stock
 * @param coverageGap       target population of its ward's share without a first dose
 * @param weight            need plus half the coverage gap
 * @param sharePercent      its weight's share of all weights, in percent
 * @param doses             doses allocated (all rows sum to the incoming doses)
 * @param why               the reason in words, in the reader's language
 */
record SupplyPlanRow(String siteId, String siteName, String ward, long registeredWaiting, long stock, long need,
		long coverageGap, double weight, double sharePercent, long doses, String why) {
}
