package vn.pccovid.movement.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;
import vn.pccovid.movement.PermitStatus;

/** The {@code movement.permit} table. */
@Repository
class PermitRecords {

	private static final String COLUMNS = """
			id, person_id, full_name, year_of_birth, ward_path, purpose, valid_from, valid_to, zones, status, applicant,
			applied_by, applied_at, reason, qr""";

	private final JdbcClient jdbc;

	PermitRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Permit p, UUID uploadId) {
		jdbc.sql("""
				INSERT INTO movement.permit (id, person_id, full_name, year_of_birth, ward_path, purpose, valid_from, valid_to,
				    zones, status, applicant, applied_by, upload_id, applied_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)""")
				.params(p.id(), p.person(), p.fullName(), p.yearOfBirth(), p.ward().path(), p.purpose(), p.validFrom(),
						p.validTo(), paths(p.zones()), p.status().name(), p.applicant(), p.appliedBy(), uploadId,
						Timestamp.from(p.appliedAt()))
				.update();
	}

	Optional<Permit> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM movement.permit WHERE id = ?").param(id).query(PermitRecords::permit).optional();
	}

	/** Records the decision if the permit is still pending; false when someone decided first. */
	boolean decide(UUID id, PermitStatus status, String decidedBy, Instant at, String reason, String qr) {
		return jdbc.sql("""
				UPDATE movement.permit SET status = ?, decided_by = ?, decided_at = ?, reason = ?, qr = ?
				WHERE id = ? AND status = 'PENDING'""")
				.params(status.name(), decidedBy, Timestamp.from(at), reason, qr, id).update() == 1;
	}

	/** A person's permits, the latest ending first. */
	List<Permit> ofPerson(UUID person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM movement.permit WHERE person_id = ? ORDER BY valid_to DESC, applied_at DESC LIMIT 50")
				.param(person).query(PermitRecords::permit).list();
	}

	/** A person's approved permits still valid on or after this day (what a checkpoint weighs). */
	List<Permit> approvedOf(UUID person, LocalDate notEndedBefore) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM movement.permit WHERE person_id = ? AND status = 'APPROVED' AND valid_to >= ? ORDER BY valid_to DESC LIMIT 20")
				.params(person, notEndedBefore.minusDays(30)).query(PermitRecords::permit).list();
	}

	/** One page of the permits of an area (path prefix) with this status, newest first; fetches {@code limit + 1}. */
	List<Permit> inArea(String pathPrefix, PermitStatus status, Instant beforeAt, UUID beforeId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM movement.permit
				WHERE ward_path LIKE :prefix || '%' AND status = :status
				  AND (CAST(:at AS timestamptz) IS NULL OR (applied_at, id) < (:at, :id))
				ORDER BY applied_at DESC, id DESC LIMIT :limit""")
				.param("prefix", pathPrefix).param("status", status.name())
				.param("at", beforeAt == null ? null : Timestamp.from(beforeAt)).param("id", beforeId)
				.param("limit", limit + 1).query(PermitRecords::permit).list();
	}

	/** One page of an applicant's own permits, newest first. */
	List<Permit> appliedBy(String applicant, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM movement.permit WHERE applied_by = ? ORDER BY applied_at DESC LIMIT ?")
				.params(applicant, limit).query(PermitRecords::permit).list();
	}

	/** Permits of an area by status, for the board. */
	Map<String, Integer> countsByStatus(String pathPrefix) {
		return jdbc.sql("SELECT status, count(*) FROM movement.permit WHERE ward_path LIKE ? || '%' GROUP BY status")
				.param(pathPrefix).query(rs -> {
					Map<String, Integer> counts = new java.util.HashMap<>();
					while (rs.next()) {
						counts.put(rs.getString(1), rs.getInt(2));
					}
					return counts;
				});
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM movement.permit)").query(Boolean.class).single();
	}

	static String paths(List<AreaCode> areas) {
		return "{" + String.join(",", areas.stream().map(AreaCode::path).toList()) + "}";
	}

	static List<AreaCode> areas(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(AreaCode::parsePath).toList();
	}

	private static Permit permit(ResultSet rs, int row) throws SQLException {
		return new Permit(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("full_name"),
				rs.getInt("year_of_birth"), AreaCode.parsePath(rs.getString("ward_path")), rs.getString("purpose"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), areas(rs.getArray("zones")),
				PermitStatus.valueOf(rs.getString("status")), rs.getString("applicant"), rs.getString("applied_by"),
				rs.getTimestamp("applied_at").toInstant(), rs.getString("reason"), rs.getString("qr"));
	}
}
