package vn.pccovid.relief.internal;

/**
 * What a person does for a living, as programmes name it. {@link #SHIPPER} is the registry's own flag; the others
 * are known only to the ward and are attested by its local government officer ({@link AttestedFlags}).
 */
enum ReliefFlag {
	SHIPPER, FREELANCE, SUSPENDED_CONTRACT, HOUSEHOLD_BUSINESS, LOST_JOB;

	/** Whether the registry, not the ward, says so (it cannot be attested in relief). */
	boolean fromRegistry() {
		return this == SHIPPER;
	}
}
