/**
 * Vaccination: priority groups and campaign plans, sites and slots, registration and booking without overbooking,
 * the site workflow (check-in, screening, dose, observation, adverse events), stock, supply planning, legacy import
 * and the citizen's electronic health book.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vaccination")
package vn.pccovid.vaccination;
