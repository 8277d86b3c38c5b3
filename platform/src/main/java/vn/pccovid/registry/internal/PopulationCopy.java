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
	 * Prepares a bulk load into an <em>empty</em> registry, in the caller's transaction: truncates both tables (a
	 * fresh file the load fills, which PostgreSQL with {@code wal_level=minimal} writes without WAL and fsyncs at
	 * commit) and drops every index and primary key of {@code registry.citizen} and {@code registry.household}, since
	 * building them once afterwards is several times faster than maintaining them row by row. Answers the statements
	 * that {@link #rebuildIndexes} runs to put them back; the unique CCCD index then refuses duplicates, failing the
	 * whole load. Holds exclusive locks on both tables until commit.
	 */
	public static List<String> prepareEmptyLoad(Connection connection) throws SQLException {
		List<String> rebuild = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM registry.citizen) OR EXISTS (SELECT 1 FROM registry.household)")) {
				rs.next();
				if (rs.getBoolean(1)) {
					throw new IllegalStateException("a bulk load into an empty registry found citizens already registered");
				}
			}
			statement.execute("TRUNCATE registry.household, registry.citizen");
			List<String> drops = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("""
					SELECT 'ALTER TABLE registry.' || t.relname || ' DROP CONSTRAINT ' || quote_ident(c.conname),
					       'ALTER TABLE registry.' || t.relname || ' ADD CONSTRAINT ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
					FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
					WHERE c.contype = 'p' AND t.relnamespace = 'registry'::regnamespace AND t.relname IN ('citizen', 'household')""")) {
				while (rs.next()) {
					drops.add(rs.getString(1));
					rebuild.add(rs.getString(2));
				}
			}
			try (ResultSet rs = statement.executeQuery("""
					SELECT 'DROP INDEX registry.' || quote_ident(i.indexname), i.indexdef FROM pg_indexes i
					WHERE i.schemaname = 'registry' AND i.tablename IN ('citizen', 'household')
					  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname
					                  AND c.connamespace = 'registry'::regnamespace)""")) {
				while (rs.next()) {
					drops.add(rs.getString(1));
					rebuild.add(rs.getString(2));
				}
			}
			for (String drop : drops) {
				statement.execute(drop);
			}
		}
		return rebuild;
	}

	/** Runs what {@link #prepareEmptyLoad} answered, with generous sort memory, and analyses both tables. */
	public static void rebuildIndexes(Connection connection, List<String> statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
			for (String sql : statements) {
				statement.execute(sql);
			}
			statement.execute("ANALYZE registry.citizen");
			statement.execute("ANALYZE registry.household");
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
