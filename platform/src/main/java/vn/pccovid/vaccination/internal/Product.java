package vn.pccovid.vaccination.internal;

/**
 * A vaccine product and its dose rules, as stored in {@code vaccination.product}.
 *
 * @param code             product code ({@code PFIZER} …)
 * @param name             the product's name
 * @param seriesDoses      doses in the primary series
 * @param intervalDays     least days between two doses of the series
 * @param boosterAfterDays least days after the previous dose before a booster, or {@code null}: no booster with it
 * @param dosesPerVial     doses drawn from one vial
 */
record Product(String code, String name, int seriesDoses, int intervalDays, Integer boosterAfterDays, int dosesPerVial) {
}
