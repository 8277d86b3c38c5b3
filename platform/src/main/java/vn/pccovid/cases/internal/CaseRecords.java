package vn.pccovid.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseState;
import vn.pccovid.core.AreaCode;

/** The SQL of cases and their append-only history. */
@Repository
class CaseRecords {

	private static final String COLUMNS = "seq, id, person, level, state, since, ward_path, reference_date, first_positive_on, source_case";
	private static final String ENDED = "('RECOVERED', 'DECEASED', 'CLEARED')";

	private final JdbcClient jdbc;

	CaseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored case. */
	record Row(long seq, UUID id, UUID person, CaseLevel level, CaseState state, Instant since, AreaCode ward,
			LocalDate referenceDate, LocalDate firstPositiveOn, UUID sourceCase) {
	}

	/** One history row. */
	record Transition(UUID caseId, CaseLevel fromLevel, CaseState fromState, CaseLevel toLevel, CaseState toState,
			Instant at, String actor, String reason) {
	}

	/** What a list asks for; every part optional but the scope prefix. */
	record Filter(String areaPrefix, CaseLevel level, CaseState state, Instant from, Instant to, Long after, int limit) {
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases.case_record WHERE id = ?").param(id).query(CaseRecords::row).optional();
	}

	/** The person's active case, locked for an update in this transaction. */
	Optional<Row> activeOfForUpdate(UUID person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases.case_record WHERE person = ? AND state NOT IN " + ENDED + " FOR UPDATE")
				.param(person).query(CaseRecords::row).optional();
	}

	/** The person's newest case, active or ended. */
	Optional<Row> latestOf(UUID person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases.case_record WHERE person = ? ORDER BY seq DESC LIMIT 1")
				.param(person).query(CaseRecords::row).optional();
	}

	/** Locks the case row for a transition. */
	Optional<Row> findForUpdate(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases.case_record WHERE id = ? FOR UPDATE").param(id).query(CaseRecords::row).optional();
	}

	/**
	 * Inserts a case; answers false when the person already has an active case (the unique index on active cases
	 * decided, so two concurrent openings leave one case).
	 */
	boolean insert(UUID id, UUID person, CaseLevel level, CaseState state, Instant at, AreaCode ward, LocalDate referenceDate,
			LocalDate firstPositiveOn, UUID sourceCase) {
		return jdbc.sql("""
				INSERT INTO cases.case_record (id, person, level, state, since, opened_at, ward_path, reference_date, first_positive_on, source_case)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (person) WHERE state NOT IN ('RECOVERED', 'DECEASED', 'CLEARED') DO NOTHING""")
				.params(id, person, level.name(), state.name(), Timestamp.from(at), Timestamp.from(at), ward.path(), referenceDate,
						firstPositiveOn, sourceCase)
				.update() == 1;
	}

	void update(UUID id, CaseLevel level, CaseState state, Instant at, LocalDate referenceDate, LocalDate firstPositiveOn, UUID sourceCase) {
		jdbc.sql("""
				UPDATE cases.case_record SET level = ?, state = ?, since = ?, reference_date = ?, first_positive_on = ?, source_case = ?
				WHERE id = ?""")
				.params(level.name(), state.name(), Timestamp.from(at), referenceDate, firstPositiveOn, sourceCase, id).update();
	}

	void append(Transition t) {
		jdbc.sql("""
				INSERT INTO cases.case_transition (case_id, from_level, from_state, to_level, to_state, at, actor, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(t.caseId(), t.fromLevel() == null ? null : t.fromLevel().name(),
						t.fromState() == null ? null : t.fromState().name(), t.toLevel().name(), t.toState().name(),
						Timestamp.from(t.at()), t.actor(), t.reason())
				.update();
	}

	List<Transition> historyOf(UUID caseId) {
		return jdbc.sql("SELECT case_id, from_level, from_state, to_level, to_state, at, actor, reason FROM cases.case_transition WHERE case_id = ? ORDER BY id")
				.param(caseId).query(CaseRecords::transition).list();
	}

	/** Every transition of every case of the person, oldest first. */
	List<Transition> historyOfPerson(UUID person) {
		return jdbc.sql("""
				SELECT t.case_id, t.from_level, t.from_state, t.to_level, t.to_state, t.at, t.actor, t.reason
				FROM cases.case_record c JOIN cases.case_transition t ON t.case_id = c.id
				WHERE c.person = ? ORDER BY c.seq, t.id""")
				.param(person).query(CaseRecords::transition).list();
	}

	/** A page of cases newest first ({@code limit + 1} rows), within the area prefix. */
	List<Row> list(Filter f) {
		// Each scope level is an equality on its own column (V2): the list then walks an index in seq order.
		String areaColumn = switch (f.areaPrefix().length()) {
			case 2 -> "province_code = :area";
			case 6 -> "district_path = :area";
			case 12 -> "ward_path = :area";
			default -> "ward_path LIKE :prefix";
		};
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM cases.case_record WHERE " + areaColumn);
		if (f.level() != null) {
			sql.append(" AND level = :level");
		}
		if (f.state() != null) {
			sql.append(" AND state = :state");
		}
		if (f.from() != null) {
			sql.append(" AND since >= :from");
		}
		if (f.to() != null) {
			sql.append(" AND since < :to");
		}
		if (f.after() != null) {
			sql.append(" AND seq < :after");
		}
		sql.append(" ORDER BY seq DESC LIMIT :limit");
		var statement = jdbc.sql(sql.toString()).param("limit", f.limit() + 1);
		statement = areaColumn.endsWith(":area") ? statement.param("area", f.areaPrefix()) : statement.param("prefix", f.areaPrefix() + "%");
		if (f.level() != null) {
			statement = statement.param("level", f.level().name());
		}
		if (f.state() != null) {
			statement = statement.param("state", f.state().name());
		}
		if (f.from() != null) {
			statement = statement.param("from", Timestamp.from(f.from()));
		}
		if (f.to() != null) {
			statement = statement.param("to", Timestamp.from(f.to()));
		}
		if (f.after() != null) {
			statement = statement.param("after", f.after());
		}
		return statement.query(CaseRecords::row).list();
	}

	/** Quarantined cases of this level whose day of contact is before {@code day}, at most {@code limit}. */
	List<Row> quarantineEndedBefore(CaseLevel level, LocalDate day, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases.case_record WHERE state = 'QUARANTINED' AND level = ? AND reference_date < ? ORDER BY reference_date LIMIT ?")
				.params(level.name(), day, limit).query(CaseRecords::row).list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getObject("person", UUID.class),
				CaseLevel.valueOf(rs.getString("level")), CaseState.valueOf(rs.getString("state")),
				rs.getTimestamp("since").toInstant(), AreaCode.parsePath(rs.getString("ward_path")),
				rs.getObject("reference_date", LocalDate.class), rs.getObject("first_positive_on", LocalDate.class),
				rs.getObject("source_case", UUID.class));
	}

	private static Transition transition(ResultSet rs, int n) throws SQLException {
		String fromLevel = rs.getString("from_level");
		String fromState = rs.getString("from_state");
		return new Transition(rs.getObject("case_id", UUID.class), fromLevel == null ? null : CaseLevel.valueOf(fromLevel),
				fromState == null ? null : CaseState.valueOf(fromState), CaseLevel.valueOf(rs.getString("to_level")),
				CaseState.valueOf(rs.getString("to_state")), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("reason"));
	}
}
