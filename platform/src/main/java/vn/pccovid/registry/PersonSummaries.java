package vn.pccovid.registry;

import java.time.LocalDate;
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

	/** The person with this 12-digit CCCD; empty when unknown or malformed. */
	Optional<PersonSummary> byCccd(String cccd);

	/** The people registered with this phone, oldest first; empty for an unknown phone. */
	List<PersonSummary> withPhone(PhoneNumber phone);

	/** Whether the registry flags this person as a shipper (delivery rider); false for an unknown person. */
	boolean isShipper(UUID id);

	/**
	 * Up to {@code limit} people living in this area (only those flagged as shippers when {@code shippersOnly}),
	 * in id order: for other modules' demo data, which needs real residents to attach records to.
	 */
	List<PersonSummary> residentsIn(AreaCode area, boolean shippersOnly, int limit);

	/**
	 * How many people live in each ward within {@code area} who were born on or before {@code bornOnOrBefore} (for
	 * example the adults, for a campaign's target population): counts only, per ward, wards without anyone left out.
	 */
	Map<AreaCode, Long> residentsPerWard(AreaCode area, LocalDate bornOnOrBefore);

	/** Reads a chip-CCCD card's QR text: a 400 problem on field {@code qr} saying which part is wrong. */
	CccdCard readCard(String qr);
}
