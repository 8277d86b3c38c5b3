package vn.pccovid.registry;

import java.util.List;

import vn.pccovid.access.Actor;
import vn.pccovid.core.PhoneNumber;

/**
 * The population registry as other modules and the web layer use it. Every method taking an {@link Actor} checks
 * its permission and area and records the read or change in the audit log in the same transaction.
 */
public interface Citizens {

	/**
	 * Registers one person in a ward of the caller's scope: 400 naming the field at fault, 403 outside the scope,
	 * 409 on a CCCD already registered.
	 */
	Citizen register(Actor actor, NewCitizen citizen);

	/**
	 * One citizen: 404 when unknown, 403 when outside the caller's scope; audited with {@code purpose} as
	 * {@link Actor#purpose(String)} accepts it (null: the actor's default; not one of the actor's: 400, nothing read).
	 */
	Citizen get(Actor actor, CitizenId id, String purpose);

	/** {@link #get(Actor, CitizenId, String)} with the actor's default purpose. */
	Citizen get(Actor actor, CitizenId id);

	/** Citizens in the caller's scope matching the search, one page; audited per citizen returned with the purpose. */
	CitizenPage search(Actor actor, CitizenSearch search, String purpose);

	/** {@link #search(Actor, CitizenSearch, String)} with the actor's default purpose. */
	CitizenPage search(Actor actor, CitizenSearch search);

	/** The citizens registered with this mobile number (a family may share one); empty for an unknown number. */
	List<CitizenId> withPhone(PhoneNumber phone);
}
