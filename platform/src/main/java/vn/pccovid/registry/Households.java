package vn.pccovid.registry;

import java.util.List;

import vn.pccovid.access.Actor;

/** Households: the people who share an address, for staff and for contact tracing. */
public interface Households {

	/** The household with its members: 404 when unknown, 403 outside the caller's scope; audited per member with the
	 * purpose ({@link Actor#purpose(String)}: null the default, another role's a 400). */
	Household get(Actor actor, HouseholdId id, String purpose);

	/** {@link #get(Actor, HouseholdId, String)} with the actor's default purpose. */
	Household get(Actor actor, HouseholdId id);

	/**
	 * Everyone in the citizen's household, the citizen included (empty when unknown or homeless). Not audited here:
	 * the calling module records the use it makes of them under its own purpose.
	 */
	List<HouseholdMember> membersOf(CitizenId citizen);

	/**
	 * {@link #membersOf} for many citizens in one query (contact tracing's F2 step asks for hundreds of F1s at once):
	 * each asked citizen who has a household maps to everyone in it, themselves included; the others are absent. Not
	 * audited here, as {@link #membersOf}.
	 */
	default java.util.Map<CitizenId, List<HouseholdMember>> membersOfAll(java.util.Collection<CitizenId> citizens) {
		java.util.Map<CitizenId, List<HouseholdMember>> members = new java.util.LinkedHashMap<>();
		for (CitizenId citizen : citizens) {
			List<HouseholdMember> household = membersOf(citizen);
			if (!household.isEmpty()) {
				members.put(citizen, household);
			}
		}
		return members;
	}
}
