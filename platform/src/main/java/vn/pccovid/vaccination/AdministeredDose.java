package vn.pccovid.vaccination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One dose a person received, as other modules see it (the health book's line).
 *
 * @param dose           the dose record's id
 * @param product        product code ({@code ASTRAZENECA}, {@code PFIZER} …; data, not an enum)
 * @param lot            lot number
 * @param doseNumber     1-based number of this dose for the person
 * @param seriesDoses    doses in the product's primary series (a dose with a higher number is a booster)
 * @param administeredOn the day
 * @param site           the site's name (or the legacy source)
 */
public record AdministeredDose(UUID dose, String product, String lot, int doseNumber, int seriesDoses,
		LocalDate administeredOn, String site) {

	/** Whether this dose completes (or goes past) the primary series. */
	public boolean completesSeries() {
		return doseNumber >= seriesDoses;
	}
}
