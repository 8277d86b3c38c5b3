package vn.pccovid.registry;

import vn.pccovid.access.Actor;

/**
 * Yes/no identity verification for other modules and partner systems: one indexed lookup by CCCD, names compared
 * without regard to diacritics, case, whitespace or Unicode normalisation.
 */
public interface IdentityVerification {

	/**
	 * Checks the claim for the actor; a malformed claim (missing field, CCCD not 12 digits) is a 400 problem naming
	 * the field. A claim about a registered citizen is audited ({@code VERIFY}), in a batch written within about 50 ms.
	 */
	IdentityCheck verify(Actor actor, IdentityClaim claim);
}
