package vn.pccovid.core;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which registry persons a signed-in phone speaks for, and back: the citizens registered with that number and the
 * dependants added to it. One implementation, contributed by the module that manages "people on my phone";
 * modules that serve the citizen app (inbox, results, certificates) ask it instead of depending on that module.
 * System-level lookups for delivery and scoping: they show nothing to a caller, so they are not audited.
 */
public interface PeopleOnPhone {

	/** The ids of the persons this phone ({@code 0} + 9 digits) may act for; empty for an unknown phone. */
	List<UUID> personIds(String phone);

	/** Whether this phone may act for this person. */
	default boolean mayActFor(String phone, UUID personId) {
		return personIds(phone).contains(personId);
	}

	/** The phones that act for this person (their own first, then those they are a dependant of); empty if none. */
	List<String> phonesFor(UUID personId);

	/** The ward the person lives in (to scope staff views of what concerns them); empty for an unknown person. */
	Optional<AreaCode> areaOf(UUID personId);

	/**
	 * {@link #phonesFor(UUID)} for many persons at once (a batch of notifications): by person, each list in the same
	 * order; persons without phones are left out. Implementations answer with a fixed number of queries.
	 */
	default Map<UUID, List<String>> phonesForEach(Collection<UUID> personIds) {
		Map<UUID, List<String>> phones = new HashMap<>();
		for (UUID id : new LinkedHashSet<>(personIds)) {
			List<String> found = phonesFor(id);
			if (!found.isEmpty()) {
				phones.put(id, found);
			}
		}
		return phones;
	}

	/** {@link #areaOf(UUID)} for many persons at once: by person, unknown persons left out. */
	default Map<UUID, AreaCode> areasOf(Collection<UUID> personIds) {
		Map<UUID, AreaCode> areas = new HashMap<>();
		for (UUID id : new LinkedHashSet<>(personIds)) {
			areaOf(id).ifPresent(area -> areas.put(id, area));
		}
		return areas;
	}
}
