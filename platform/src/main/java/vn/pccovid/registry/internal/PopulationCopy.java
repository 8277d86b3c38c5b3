package vn.pccovid.registry.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

	/**
	 * Prepares a bulk load into an empty or small registry: drops the secondary citizen indexes (all but the primary
	 * key and the unique CCCD index, which catch duplicates) in the caller's transaction, and answers their
	 * definitions for {@link #rebuildIndexes}. Building them afterwards is several times faster than maintaining them
	 * row by row (the trigram index above all). Holds an exclusive lock on {@code registry.citizen} until commit.
	 */
	public static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
		List<String> definitions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("""
					SELECT i.indexname, i.indexdef FROM pg_indexes i
					JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = 'registry'::regnamespace
					JOIN pg_index x ON x.indexrelid = c.oid
					WHERE i.schemaname = 'registry' AND i.tablename = 'citizen' AND NOT x.indisunique""")) {
				while (rs.next()) {
					names.add(rs.getString(1));
					definitions.add(rs.getString(2));
				}
			}
			for (String name : names) {
				statement.execute("DROP INDEX registry.\"" + name + "\"");
			}
		}
		return definitions;
	}

	/** Recreates the indexes {@link #dropSecondaryIndexes} dropped, with generous sort memory, and analyses the table. */
	public static void rebuildIndexes(Connection connection, List<String> definitions) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
			for (String definition : definitions) {
				statement.execute(definition);
			}
			statement.execute("ANALYZE registry.citizen");
		}
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
