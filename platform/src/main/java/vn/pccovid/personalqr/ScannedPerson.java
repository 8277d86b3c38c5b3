package vn.pccovid.personalqr;

import java.util.UUID;

/**
 * Whom a valid code belongs to, as far as the scanning role may see: name and year of birth by default; a venue owner
 * sees the name abbreviated ({@code Nguyễn V. A.}); staff who may read citizens of the person's area also get the
 * registry id and ward.
 *
 * @param id          registry id, or {@code null}
 * @param fullName    full or abbreviated name
 * @param yearOfBirth year of birth
 * @param wardCode    5-digit ward code, or {@code null}
 */
public record ScannedPerson(UUID id, String fullName, int yearOfBirth, String wardCode) {
}
