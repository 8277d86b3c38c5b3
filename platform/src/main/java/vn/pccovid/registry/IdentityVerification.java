package vn.pccovid.registry;

/**
 * Yes/no identity verification for other modules and partner systems: one indexed lookup by CCCD, names compared
 * without regard to diacritics, case, whitespace or Unicode normalisation.
 */
public interface IdentityVerification {

	/** Checks the claim; a malformed claim (missing field, CCCD not 12 digits) is a 400 problem naming the field. */
	IdentityCheck verify(IdentityClaim claim);
}
