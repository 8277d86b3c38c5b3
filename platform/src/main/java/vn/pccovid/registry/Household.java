package vn.pccovid.registry;

import java.util.List;

import vn.pccovid.core.AreaCode;

/**
 * The people registered at one address.
 *
 * @param id       household id
 * @param area     its ward
 * @param address  address line, {@code null} when hidden from the caller
 * @param members  members, by date of birth
 */
public record Household(HouseholdId id, AreaCode area, String address, List<Citizen> members) {

	public Household {
		members = List.copyOf(members);
	}
}
