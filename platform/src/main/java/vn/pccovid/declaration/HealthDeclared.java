package vn.pccovid.declaration;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A health declaration was filed, published in the filing transaction. The cases module turns one that
 * {@link #raisesSuspicion() raises suspicion} into a suspected case.
 *
 * @param declaration the declaration's id
 * @param person      registry id of the person it is about
 * @param date        the day it describes
 * @param symptoms    symptom codes ({@code GET /api/v1/declarations/symptoms}), empty when none
 * @param exposures   exposure codes, empty when none
 * @param ward        the person's ward
 */
public record HealthDeclared(UUID declaration, UUID person, LocalDate date, Set<String> symptoms, Set<String> exposures,
		AreaCode ward) {

	public HealthDeclared {
		symptoms = Set.copyOf(symptoms);
		exposures = Set.copyOf(exposures);
	}

	/** Whether it declares any symptom or exposure. */
	public boolean raisesSuspicion() {
		return !symptoms.isEmpty() || !exposures.isEmpty();
	}
}
