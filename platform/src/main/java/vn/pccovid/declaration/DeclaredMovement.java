package vn.pccovid.declaration;

import java.time.LocalDate;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A domestic movement declaration (H1) as other modules see it.
 *
 * @param declaration its id
 * @param person      registry id of the traveller
 * @param date        the day of travel
 * @param fromWard    where from
 * @param toWard      where to
 * @param purpose     the traveller's purpose, as typed
 * @param vehicle     how
 */
public record DeclaredMovement(UUID declaration, UUID person, LocalDate date, AreaCode fromWard, AreaCode toWard,
		String purpose, Vehicle vehicle) {
}
