package vn.pccovid.people;

import java.util.UUID;

/**
 * One person as the phone's list shows them.
 *
 * @param id          registry id
 * @param fullName    NFC
 * @param yearOfBirth year of birth
 * @param wardCode    5-digit ward code; {@code null} while awaiting consent
 * @param relation    how they are linked
 * @param status      active or awaiting consent
 */
public record PersonOnPhone(UUID id, String fullName, int yearOfBirth, String wardCode, Relation relation,
		PersonStatus status) {
}
