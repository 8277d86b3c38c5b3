package vn.pccovid.declaration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;
import vn.pccovid.declaration.DeclaredMovement;
import vn.pccovid.declaration.Vehicle;
import vn.pccovid.declaration.VehicleType;

/** All SQL of {@code declaration.movement_declaration}: append, look-up by id (checkpoints), history, area lists. */
@Repository
class MovementDeclarationRecords {

	private static final String COLUMNS = "id, seq, person_id, area_path, from_path, to_path, travel_on, purpose,"
			+ " vehicle_type, plate, trip, seat, filed_by, filed_at";

	/**
	 * One stored movement declaration.
	 *
	 * @param movement what was declared
	 * @param seq      insertion order (the lists' keyset)
	 * @param area     the traveller's ward of residence when filed
	 * @param filedBy  citizen, staff or demo
	 * @param filedAt  when
	 */
	record Row(DeclaredMovement movement, long seq, AreaCode area, FiledBy filedBy, Instant filedAt) {
	}

	private final JdbcClient jdbc;

	MovementDeclarationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DeclaredMovement movement, AreaCode area, FiledBy by, String filer, Instant at) {
		Vehicle vehicle = movement.vehicle();
		jdbc.sql("""
				INSERT INTO declaration.movement_declaration (id, person_id, area_path, from_path, to_path, travel_on,
				    purpose, vehicle_type, plate, trip, seat, filed_by, filer, filed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(movement.declaration(), movement.person(), area.path(), movement.fromWard().path(),
						movement.toWard().path(), movement.date(), movement.purpose(), vehicle.type().name(),
						vehicle.plate(), vehicle.trip(), vehicle.seat(), by.name(), filer, Timestamp.from(at))
				.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM declaration.movement_declaration WHERE id = ?").param(id)
				.query(MovementDeclarationRecords::row).optional();
	}

	/** The person's journeys, newest first, after the keyset {@code after} (a {@code seq}), {@code limit} rows. */
	List<Row> ofPerson(UUID personId, Long after, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM declaration.movement_declaration WHERE person_id = ?"
				+ (after == null ? "" : " AND seq < " + after) + " ORDER BY seq DESC LIMIT ?")
				.params(personId, limit).query(MovementDeclarationRecords::row).list();
	}

	/**
	 * Journeys of the area's residents or into the area (paths starting with {@code prefix}), travelling from
	 * {@code from} to {@code to} (either may be {@code null}), newest first; keyset as {@link #ofPerson}.
	 */
	List<Row> inArea(String prefix, LocalDate from, LocalDate to, Long after, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
				+ " FROM declaration.movement_declaration WHERE (area_path LIKE ? || '%' OR to_path LIKE ? || '%')");
		List<Object> params = new ArrayList<>(List.of(prefix, prefix));
		if (from != null) {
			sql.append(" AND travel_on >= ?");
			params.add(from);
		}
		if (to != null) {
			sql.append(" AND travel_on <= ?");
			params.add(to);
		}
		if (after != null) {
			sql.append(" AND seq < ?");
			params.add(after);
		}
		sql.append(" ORDER BY seq DESC LIMIT ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(MovementDeclarationRecords::row).list();
	}

	boolean isEmpty() {
		return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM declaration.movement_declaration)").query(Boolean.class).single();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		DeclaredMovement movement = new DeclaredMovement(rs.getObject(1, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(7, LocalDate.class), AreaCode.parsePath(rs.getString(5)), AreaCode.parsePath(rs.getString(6)),
				rs.getString(8), new Vehicle(VehicleType.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
						rs.getString(12)));
		return new Row(movement, rs.getLong(2), AreaCode.parsePath(rs.getString(4)), FiledBy.valueOf(rs.getString(13)),
				rs.getTimestamp(14).toInstant());
	}
}
