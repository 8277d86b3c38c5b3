package vn.pccovid.movement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/** The {@code movement.shipper_declaration} and {@code movement.shipper_violation} tables. */
@Repository
class ShipperRecords {

	/** One flagged check-in or passage. */
	record Violation(UUID personId, Instant at, String where, String why) {
	}

	private final JdbcClient jdbc;

	ShipperRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(ShipperDeclaration d, Instant at) {
		jdbc.sql("""
				INSERT INTO movement.shipper_declaration (person_id, ward_path, areas, hour_from, hour_to, declared_at)
				VALUES (?, ?, ?::text[], ?, ?, ?)
				ON CONFLICT (person_id) DO UPDATE SET ward_path = excluded.ward_path, areas = excluded.areas,
				    hour_from = excluded.hour_from, hour_to = excluded.hour_to, declared_at = excluded.declared_at""")
				.params(d.person(), d.ward().path(), PermitRecords.paths(d.areas()), d.from(), d.to(), Timestamp.from(at))
				.update();
	}

	List<ShipperDeclaration> all() {
		return jdbc.sql("SELECT person_id, ward_path, areas, hour_from, hour_to FROM movement.shipper_declaration")
				.query((rs, row) -> new ShipperDeclaration(rs.getObject(1, UUID.class), AreaCode.parsePath(rs.getString(2)),
						PermitRecords.areas(rs.getArray(3)), rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class)))
				.list();
	}

	Optional<ShipperDeclaration> find(UUID person) {
		return jdbc.sql("SELECT person_id, ward_path, areas, hour_from, hour_to FROM movement.shipper_declaration WHERE person_id = ?")
				.param(person)
				.query((rs, row) -> new ShipperDeclaration(rs.getObject(1, UUID.class), AreaCode.parsePath(rs.getString(2)),
						PermitRecords.areas(rs.getArray(3)), rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class)))
				.optional();
	}

	/** Flags one check-in or passage; false when it was flagged already (the same source and instant). */
	boolean flag(ShipperDeclaration d, Instant at, LocalDate day, AreaCode place, String why, String source) {
		return jdbc.sql("""
				INSERT INTO movement.shipper_violation (person_id, ward_path, at, day, place, why, source)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(d.person(), d.ward().path(), Timestamp.from(at), day, place.value(), why, source).update() == 1;
	}

	/** The violations of shippers living in an area (path prefix) on one day, by time. */
	List<Violation> ofDay(String pathPrefix, LocalDate day) {
		return jdbc.sql("""
				SELECT person_id, at, place, why FROM movement.shipper_violation
				WHERE ward_path LIKE ? || '%' AND day = ? ORDER BY at, id LIMIT 1000""")
				.params(pathPrefix, day).query(ShipperRecords::violation).list();
	}

	List<Violation> ofPerson(UUID person, int limit) {
		return jdbc.sql("SELECT person_id, at, place, why FROM movement.shipper_violation WHERE person_id = ? ORDER BY at DESC LIMIT ?")
				.params(person, limit).query(ShipperRecords::violation).list();
	}

	int count(String pathPrefix, LocalDate day) {
		return jdbc.sql("SELECT count(*) FROM movement.shipper_violation WHERE ward_path LIKE ? || '%' AND day = ?")
				.params(pathPrefix, day).query(Integer.class).single();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM movement.shipper_declaration)").query(Boolean.class).single();
	}

	private static Violation violation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Violation(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4));
	}
}
