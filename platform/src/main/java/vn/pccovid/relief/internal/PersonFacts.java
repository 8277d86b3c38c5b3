package vn.pccovid.relief.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * What the rules are checked against, gathered from the registry and the ward's attestations. Personal data: it
 * lives for one request and is never stored as such.
 *
 * @param id          registry id
 * @param fullName    NFC, used only to derive the masked name
 * @param dateOfBirth date of birth
 * @param area        the ward they live in
 * @param householdId their household, or {@code null} (homeless people)
 * @param residency   permanent, temporary or homeless
 * @param flags       occupations (registry's and attested)
 */
record PersonFacts(UUID id, String fullName, LocalDate dateOfBirth, AreaCode area, UUID householdId,
		Residency residency, Set<ReliefFlag> flags) {

	PersonFacts {
		flags = Set.copyOf(flags);
	}

	/** The key a payment is unique on: the person, or their household (a homeless person is a household of one). */
	String payeeKey(Per per) {
		return per == Per.HOUSEHOLD && householdId != null ? "H:" + householdId : "P:" + id;
	}
}
