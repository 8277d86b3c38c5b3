package vn.pccovid.registry;

import vn.pccovid.access.Actor;

/**
 * Yes/no identity verification for other modules and partner systems: one indexed lookup by CCCD, names compared
 * without regard to diacritics, case, whitespace or Unicode normalisation.
 */
public interface IdentityVerification {

	/**
	 * Checks the claim for the actor; a malformed claim (missing field, CCCD not 12 digits) is a 400 problem naming
	 * the field. Only an actor who may read the citizen ({@code CITIZEN_READ} with the citizen in scope) learns
	 * which fields differ; others get match yes/no. Failed verifications of one CCCD by one actor are limited
	 * ({@code pccovid.registry.verification.*}, 429 beyond). Every call is audited ({@code VERIFY}, a registered
	 * citizen as subject, else an entry without one), in a batch written within about 50 ms.
	 */
	IdentityCheck verify(Actor actor, IdentityClaim claim);
}
