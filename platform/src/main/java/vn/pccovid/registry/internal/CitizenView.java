package vn.pccovid.registry.internal;

import java.time.LocalDate;
import java.util.UUID;

import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.Sex;

/**
 * A citizen as the API shows them; {@code phone} is masked and the address lines are {@code null} for callers without
 * contact permission.
 */
record CitizenView(UUID id, String cccd, String cmnd, String fullName, LocalDate dateOfBirth, Sex sex, String phone,
		String wardCode, String areaPath, String address, String permanentWard, String permanentAddress,
		UUID householdId, boolean temporaryResident, boolean homeless, boolean shipper) {

	static CitizenView of(Citizen c) {
		return new CitizenView(c.id().value(), c.cccd(), c.cmnd(), c.fullName(), c.dateOfBirth(), c.sex(), c.phone(),
				c.current().wardCode(), c.area().path(), c.current().address(), c.permanent().wardCode(),
				c.permanent().address(), c.householdId() == null ? null : c.householdId().value(), c.temporaryResident(),
				c.homeless(), c.shipper());
	}
}
