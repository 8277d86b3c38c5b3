package vn.pccovid.core;

import java.util.List;
import java.util.UUID;

/**
 * Which registry persons a signed-in phone speaks for: the citizens registered with that number and the
 * dependants added to it. One implementation, contributed by the module that manages "people on my phone";
 * modules that serve the citizen app (inbox, results, certificates) ask it instead of depending on that module.
 */
public interface PeopleOnPhone {

	/** The ids of the persons this phone ({@code 0} + 9 digits) may act for; empty for an unknown phone. */
	List<UUID> personIds(String phone);

	/** Whether this phone may act for this person. */
	default boolean mayActFor(String phone, UUID personId) {
		return personIds(phone).contains(personId);
	}
}
