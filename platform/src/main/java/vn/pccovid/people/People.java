package vn.pccovid.people;

import java.util.List;
import java.util.UUID;

import vn.pccovid.access.Actor;

/**
 * The people a signed-in citizen's phone acts for. Every method takes the citizen actor (whose id is the phone);
 * failures are problems: 400 naming the field, 404 for an identity that does not match (without saying which field
 * differs) or a person not on the phone, 403 for an adult without a phone outside the caller's household.
 */
public interface People {

	/** The phone's own records, linked people and people awaiting consent, in that order. */
	List<PersonOnPhone> list(Actor actor);

	/**
	 * Adds a person after verifying the identity against the registry: household members and children under 16 at
	 * once, adults with their own phone after they accept. Adding someone already there answers the same again.
	 */
	Addition add(Actor actor, NewPerson person);

	/** Removes a linked person or withdraws a pending request; the phone's own records cannot be removed. */
	void remove(Actor actor, UUID personId);

	/** Pending requests of other phones to act for people registered with this phone. */
	List<ConsentRequest> requests(Actor actor);

	/** Accepts a request addressed to a person registered with this phone; accepting twice answers the same. */
	ConsentRequest accept(Actor actor, UUID requestId);

	/** Declines such a request; declining twice answers the same. */
	ConsentRequest decline(Actor actor, UUID requestId);
}
