package vn.pccovid.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.PhoneNumber;

/**
 * Indexed look-ups of {@link PersonSummary} for modules that act for a citizen (people on a phone, personal QR)
 * without the staff permission to read the registry. Nothing here is audited: the calling module records the use
 * it makes of the answer under its own purpose.
 */
public interface PersonSummaries {

	/** The person with this registry id; empty when unknown. */
	Optional<PersonSummary> summary(UUID id);

	/**
	 * The persons with these registry ids, by id (unknown ids are left out): one query for a batch, where a module
	 * handles thousands of persons at once (a results upload's notifications).
	 */
	default Map<UUID, PersonSummary> summaries(Collection<UUID> ids) {
		Map<UUID, PersonSummary> found = new HashMap<>();
		for (UUID id : new LinkedHashSet<>(ids)) {
			summary(id).ifPresent(person -> found.put(id, person));
		}
		return found;
	}

	/** The person with this 12-digit CCCD; empty when unknown or malformed. */
	Optional<PersonSummary> byCccd(String cccd);

	/** The people registered with this phone, oldest first; empty for an unknown phone. */
	List<PersonSummary> withPhone(PhoneNumber phone);

	/** Whether the registry flags this person as a shipper (delivery rider); false for an unknown person. */
	boolean isShipper(UUID id);

	/**
	 * How many people live in each ward within {@code area} who were born on or before {@code bornOnOrBefore} (for
	 * example the adults, for a campaign's target population): counts only, per ward, wards without anyone left out.
	 */
	Map<AreaCode, Long> residentsPerWard(AreaCode area, LocalDate bornOnOrBefore);

	/** Reads a chip-CCCD card's QR text: a 400 problem on field {@code qr} saying which part is wrong. */
	CccdCard readCard(String qr);
}
