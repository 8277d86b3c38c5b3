package vn.pccovid.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.access.AuditSubject;

import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenId;
import vn.pccovid.registry.HouseholdId;
import vn.pccovid.registry.Residence;
import vn.pccovid.registry.Sex;

/**
 * The {@code registry.citizen} table. Contact fields (phone, address lines) are masked in the query itself for
 * callers without contact permission: {@code :contact} decides what leaves the database.
 */
@Repository
class CitizenRecords {

	/** The columns of a {@link Citizen}, masked unless {@code :contact} is true. */
	static final String COLUMNS = """
			c.id, c.cccd, c.cmnd, c.full_name, c.name_key, c.date_of_birth, c.sex,
			CASE WHEN :contact THEN c.phone ELSE left(c.phone, 2) || repeat('*', length(c.phone) - 4) || right(c.phone, 2) END AS phone,
			c.permanent_ward, CASE WHEN :contact THEN c.permanent_address END AS permanent_address,
			c.current_ward, CASE WHEN :contact THEN c.current_address END AS current_address,
			c.area_path, c.household_id, c.temporary_resident, c.homeless, c.shipper""";

	static final RowMapper<Citizen> CITIZEN = CitizenRecords::citizen;

	private final JdbcClient jdbc;

	CitizenRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the person unless the CCCD is taken; answers whether it went in. */
	boolean insert(ValidCitizen c) {
		return jdbc.sql("""
				INSERT INTO registry.citizen (id, cccd, cmnd, full_name, name_key, date_of_birth, sex, phone,
				    permanent_ward, permanent_address, current_ward, current_address, area_path, household_id,
				    temporary_resident, homeless, shipper)
				VALUES (:id, :cccd, :cmnd, :name, :key, :dob, :sex, :phone, :pward, :paddress, :cward, :caddress,
				    :path, :household, :temporary, :homeless, :shipper)
				ON CONFLICT (cccd) DO NOTHING""")
				.param("id", c.id()).param("cccd", c.cccd()).param("cmnd", c.cmnd()).param("name", c.fullName())
				.param("key", c.nameKey()).param("dob", c.dateOfBirth()).param("sex", c.sex().name())
				.param("phone", c.phone()).param("pward", c.permanentWard()).param("paddress", c.permanentAddress())
				.param("cward", c.currentWard()).param("caddress", c.currentAddress()).param("path", c.area().path())
				.param("household", c.householdId()).param("temporary", c.temporaryResident())
				.param("homeless", c.homeless()).param("shipper", c.shipper())
				.update() == 1;
	}

	Optional<Citizen> find(UUID id, boolean contact) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM registry.citizen c WHERE c.id = :id")
				.param("contact", contact).param("id", id).query(CITIZEN).optional();
	}

	/** Name and birth date for a CCCD: the one indexed lookup behind identity verification. */
	Optional<Identity> identity(String cccd) {
		return jdbc.sql("SELECT full_name, date_of_birth, id, area_path FROM registry.citizen WHERE cccd = ?").param(cccd)
				.query((rs, row) -> new Identity(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class),
						AreaCode.parsePath(rs.getString(4)))).optional();
	}

	List<CitizenId> withPhone(String phone) {
		return jdbc.sql("SELECT id FROM registry.citizen WHERE phone = ? ORDER BY id").param(phone)
				.query((rs, row) -> new CitizenId(rs.getObject(1, UUID.class))).list();
	}

	List<Citizen> inHousehold(UUID household, boolean contact) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM registry.citizen c WHERE c.household_id = :household ORDER BY c.date_of_birth, c.id")
				.param("contact", contact).param("household", household).query(CITIZEN).list();
	}

	/** Which of these CCCDs are already registered, with whom and where (to decide who may learn it, and audit). */
	List<Registered> registered(List<String> cccds) {
		return jdbc.sql("SELECT cccd, id, area_path FROM registry.citizen WHERE cccd = ANY(?)").param(cccds.toArray(String[]::new))
				.query((rs, row) -> new Registered(rs.getString(1), rs.getObject(2, UUID.class), AreaCode.parsePath(rs.getString(3))))
				.list();
	}

	/**
	 * A CCCD found registered.
	 *
	 * @param cccd the number
	 * @param id   the citizen holding it
	 * @param area their current ward
	 */
	record Registered(String cccd, UUID id, AreaCode area) {

		AuditSubject subject() {
			return new AuditSubject(id, area);
		}
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM registry.citizen)").query(Boolean.class).single();
	}

	/**
	 * The name and birth date stored for a CCCD.
	 *
	 * @param fullName    NFC
	 * @param dateOfBirth date of birth
	 * @param id          the citizen, for the audit log
	 * @param area        their current ward, for the audit log
	 */
	record Identity(String fullName, LocalDate dateOfBirth, UUID id, AreaCode area) {
	}

	private static Citizen citizen(ResultSet rs, int row) throws SQLException {
		UUID household = rs.getObject("household_id", UUID.class);
		return new Citizen(new CitizenId(rs.getObject("id", UUID.class)), rs.getString("cccd"), rs.getString("cmnd"),
				rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class), Sex.valueOf(rs.getString("sex")),
				rs.getString("phone"), new Residence(rs.getString("permanent_ward"), rs.getString("permanent_address")),
				new Residence(rs.getString("current_ward"), rs.getString("current_address")),
				AreaCode.parsePath(rs.getString("area_path")), household == null ? null : new HouseholdId(household),
				rs.getBoolean("temporary_resident"), rs.getBoolean("homeless"), rs.getBoolean("shipper"));
	}
}
