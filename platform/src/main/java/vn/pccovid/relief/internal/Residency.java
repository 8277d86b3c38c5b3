package vn.pccovid.relief.internal;

import vn.pccovid.registry.Citizen;

/** How a person lives in their ward, as a programme's {@code residence} rule names it. */
enum Residency {
	PERMANENT, TEMPORARY, HOMELESS;

	/** The registry's answer: homeless first (no address at all), then temporary residence (tạm trú). */
	static Residency of(Citizen citizen) {
		return citizen.homeless() ? HOMELESS : citizen.temporaryResident() ? TEMPORARY : PERMANENT;
	}
}
