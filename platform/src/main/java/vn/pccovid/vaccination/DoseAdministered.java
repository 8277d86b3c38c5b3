package vn.pccovid.vaccination;

import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A dose was recorded (at a site, or imported from the old platform), published in the recording transaction;
 * certificates issue a vaccination certificate from it.
 *
 * @param person registry id
 * @param ward   the person's ward
 * @param dose   the dose
 */
public record DoseAdministered(UUID person, AreaCode ward, AdministeredDose dose) {
}
