package vn.pccovid.registry.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * Bulk loading of households and citizens with {@code COPY}, used by the import job, the demo province and the
 * benchmarks. Runs on the caller's connection and transaction; households must go in before their members.
 */
public final class PopulationCopy {

	static final String HOUSEHOLD_COLUMNS = "id, ward_code, area_path, address";
	static final String CITIZEN_COLUMNS = "id, cccd, cmnd, full_name, name_key, date_of_birth, sex, phone, "
			+ "permanent_ward, permanent_address, current_ward, current_address, area_path, household_id, "
			+ "temporary_resident, homeless, shipper";

	private PopulationCopy() {
	}

	/**
	 * A household row.
	 *
	 * @param id      household id
	 * @param area    its ward
	 * @param address address line
	 */
	public record HouseholdRow(UUID id, AreaCode area, String address) {
	}

	/** Opens a COPY into {@code registry.household}. */
	public static CopyWriter households(Connection connection) throws SQLException {
		return new CopyWriter(connection, "registry.household", HOUSEHOLD_COLUMNS);
	}

	/** Opens a COPY into {@code registry.citizen}. */
	public static CopyWriter citizens(Connection connection) throws SQLException {
		return new CopyWriter(connection, "registry.citizen", CITIZEN_COLUMNS);
	}

	public static void write(CopyWriter copy, HouseholdRow household) throws SQLException {
		copy.field(household.id()).field(household.area().value()).field(household.area().path()).field(household.address());
		copy.endRow();
	}

	public static void write(CopyWriter copy, ValidCitizen c) throws SQLException {
		copy.field(c.id()).field(c.cccd()).field(c.cmnd()).field(c.fullName()).field(c.nameKey()).field(c.dateOfBirth())
				.field(c.sex().name()).field(c.phone()).field(c.permanentWard()).field(c.permanentAddress())
				.field(c.currentWard()).field(c.currentAddress()).field(c.area().path()).field(c.householdId())
				.field(c.temporaryResident() ? "t" : "f").field(c.homeless() ? "t" : "f").field(c.shipper() ? "t" : "f");
		copy.endRow();
	}

	/** Loads households then citizens in one go; answers the citizens loaded. */
	public static long load(Connection connection, Collection<HouseholdRow> households, Collection<ValidCitizen> citizens)
			throws SQLException {
		try (CopyWriter copy = households(connection)) {
			for (HouseholdRow household : households) {
				write(copy, household);
			}
			copy.finish();
		}
		try (CopyWriter copy = citizens(connection)) {
			for (ValidCitizen citizen : citizens) {
				write(copy, citizen);
			}
			return copy.finish();
		}
	}
}
