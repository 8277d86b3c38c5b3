package vn.pccovid.declaration.internal;

import java.sql.Array;
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

/** All SQL of {@code declaration.health_declaration}: append, a person's history, an area's list, the latest alarm. */
@Repository
class HealthDeclarationRecords {

	private static final String COLUMNS = "id, seq, person_id, area_path, declared_on, symptoms, exposures, filed_by, filed_at";

	/**
	 * One stored health declaration.
	 *
	 * @param id        its id
	 * @param seq       insertion order (the lists' keyset)
	 * @param personId  whom it is about
	 * @param area      their ward when filed
	 * @param date      the day described
	 * @param symptoms  symptom codes
	 * @param exposures exposure codes
	 * @param filedBy   citizen, staff or demo
	 * @param filedAt   when
	 */
	record Row(UUID id, long seq, UUID personId, AreaCode area, LocalDate date, List<String> symptoms,
			List<String> exposures, FiledBy filedBy, Instant filedAt) {

		boolean suspicious() {
			return !symptoms.isEmpty() || !exposures.isEmpty();
		}
	}

	/**
	 * What staff filter an area's list by; every part optional.
	 *
	 * @param from           first day, or {@code null}
	 * @param to             last day, or {@code null}
	 * @param symptom        a symptom code, or {@code null}
	 * @param exposure       an exposure code, or {@code null}
	 * @param suspiciousOnly only declarations with a symptom or exposure
	 */
	record Filter(LocalDate from, LocalDate to, String symptom, String exposure, boolean suspiciousOnly) {
	}

	private final JdbcClient jdbc;

	HealthDeclarationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID personId, AreaCode area, HealthForm.Checked entry, FiledBy by, String filer, Instant at) {
		jdbc.sql("""
				INSERT INTO declaration.health_declaration (id, person_id, area_path, declared_on, symptoms, exposures,
				    filed_by, filer, filed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, personId, area.path(), entry.date(), entry.symptoms().toArray(String[]::new),
						entry.exposures().toArray(String[]::new), by.name(), filer, Timestamp.from(at))
				.update();
	}

	/** The person's declarations, newest first, after the keyset {@code after} (a {@code seq}), {@code limit} rows. */
	List<Row> ofPerson(UUID personId, Long after, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM declaration.health_declaration WHERE person_id = ?"
				+ (after == null ? "" : " AND seq < " + after) + " ORDER BY seq DESC LIMIT ?")
				.params(personId, limit).query(HealthDeclarationRecords::row).list();
	}

	/** Declarations whose ward path starts with {@code prefix}, filtered, newest first; keyset as {@link #ofPerson}. */
	List<Row> inArea(String prefix, Filter filter, Long after, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
				+ " FROM declaration.health_declaration WHERE area_path LIKE ? || '%'");
		List<Object> params = new ArrayList<>(List.of(prefix));
		// Literal, so the planner picks the partial index health_suspicious_by_area_newest.
		if (filter.suspiciousOnly()) {
			sql.append(" AND suspicious");
		}
		if (filter.from() != null) {
			sql.append(" AND declared_on >= ?");
			params.add(filter.from());
		}
		if (filter.to() != null) {
			sql.append(" AND declared_on <= ?");
			params.add(filter.to());
		}
		if (filter.symptom() != null) {
			sql.append(" AND ? = ANY (symptoms)");
			params.add(filter.symptom());
		}
		if (filter.exposure() != null) {
			sql.append(" AND ? = ANY (exposures)");
			params.add(filter.exposure());
		}
		if (after != null) {
			sql.append(" AND seq < ?");
			params.add(after);
		}
		sql.append(" ORDER BY seq DESC LIMIT ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(HealthDeclarationRecords::row).list();
	}

	/** The person's newest declaration with a symptom or exposure describing {@code since} or later. */
	Optional<Row> latestSuspicious(UUID personId, LocalDate since) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM declaration.health_declaration"
				+ " WHERE person_id = ? AND suspicious AND declared_on >= ? ORDER BY declared_on DESC, seq DESC LIMIT 1")
				.params(personId, since).query(HealthDeclarationRecords::row).optional();
	}

	boolean isEmpty() {
		return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM declaration.health_declaration)").query(Boolean.class).single();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getObject(3, UUID.class),
				AreaCode.parsePath(rs.getString(4)), rs.getObject(5, LocalDate.class), strings(rs.getArray(6)),
				strings(rs.getArray(7)), FiledBy.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant());
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
