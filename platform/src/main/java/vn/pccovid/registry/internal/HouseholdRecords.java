package vn.pccovid.registry.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/** The {@code registry.household} table: one row per address where people are registered together. */
@Repository
class HouseholdRecords {

	private final JdbcClient jdbc;

	HouseholdRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PopulationCopy.HouseholdRow household) {
		jdbc.sql("INSERT INTO registry.household (id, ward_code, area_path, address) VALUES (?, ?, ?, ?)")
				.params(household.id(), household.area().value(), household.area().path(), household.address())
				.update();
	}

	/** The household, its address masked ({@code null}) unless {@code contact}. */
	Optional<PopulationCopy.HouseholdRow> find(UUID id, boolean contact) {
		return jdbc.sql("SELECT id, area_path, CASE WHEN :contact THEN address END AS address FROM registry.household WHERE id = :id")
				.param("contact", contact).param("id", id)
				.query((rs, row) -> new PopulationCopy.HouseholdRow(rs.getObject(1, UUID.class),
						AreaCode.parsePath(rs.getString(2)), rs.getString(3)))
				.optional();
	}

	/** The household of a citizen, if they have one. */
	Optional<UUID> ofCitizen(UUID citizen) {
		return jdbc.sql("SELECT household_id FROM registry.citizen WHERE id = ? AND household_id IS NOT NULL").param(citizen)
				.query(UUID.class).optional();
	}

	/** One member of the household of an asked citizen. */
	record MemberOf(UUID of, UUID id, String fullName, java.time.LocalDate dateOfBirth, AreaCode area) {
	}

	/** Everyone sharing a household with one of these citizens (themselves included), oldest first, in one query. */
	java.util.List<MemberOf> membersOfAll(java.util.List<UUID> citizens) {
		return jdbc.sql("""
				SELECT o.id, m.id, m.full_name, m.date_of_birth, m.area_path
				FROM registry.citizen o JOIN registry.citizen m ON m.household_id = o.household_id
				WHERE o.id = ANY(?) AND o.household_id IS NOT NULL
				ORDER BY o.id, m.date_of_birth, m.id""")
				.param(citizens.toArray(UUID[]::new))
				.query((rs, row) -> new MemberOf(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getObject(4, java.time.LocalDate.class), AreaCode.parsePath(rs.getString(5))))
				.list();
	}
}
