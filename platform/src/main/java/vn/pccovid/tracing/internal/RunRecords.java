package vn.pccovid.tracing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.core.AreaCode;

/** The SQL of tracing runs and their contacts. */
@Repository
class RunRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String RUN = "id, case_id, person, ward_path, cluster_id, status, automatic, requested_by, requested_at, finished_at, window_from, window_to, f1_count, f2_count, f2_truncated, error";
	private static final String CONTACT = "run_id, person, level, via, first_contact, evidence::text, evidence_count, decision, decided_by, decided_at, reason, case_id";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	RunRecords(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** One run. */
	record Run(UUID id, UUID caseId, UUID person, AreaCode ward, UUID clusterId, String status, boolean automatic,
			String requestedBy, Instant requestedAt, Instant finishedAt, Instant windowFrom, Instant windowTo, Integer f1Count,
			Integer f2Count, boolean f2Truncated, String error) {
	}

	/** One stored contact. */
	record Contact(UUID runId, UUID person, String level, UUID via, Instant firstContact, List<Evidence> evidence,
			int evidenceCount, String decision, String decidedBy, Instant decidedAt, String reason, UUID caseId) {
	}

	void insert(Run run) {
		jdbc.sql("""
				INSERT INTO tracing.run (id, case_id, person, ward_path, cluster_id, status, automatic, requested_by, requested_at, window_from, window_to)
				VALUES (?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?)""")
				.params(run.id(), run.caseId(), run.person(), run.ward().path(), run.clusterId(), run.automatic(), run.requestedBy(),
						Timestamp.from(run.requestedAt()), Timestamp.from(run.windowFrom()), Timestamp.from(run.windowTo()))
				.update();
	}

	Optional<Run> find(UUID id) {
		return jdbc.sql("SELECT " + RUN + " FROM tracing.run WHERE id = ?").param(id).query(RunRecords::run).optional();
	}

	Optional<Run> findForUpdate(UUID id) {
		return jdbc.sql("SELECT " + RUN + " FROM tracing.run WHERE id = ? FOR UPDATE").param(id).query(RunRecords::run).optional();
	}

	/** Claims the oldest waiting run (or one whose worker died) for {@code lease}; nodes never wait for each other. */
	Optional<UUID> claim(Instant now, Instant leaseUntil) {
		return jdbc.sql("""
				UPDATE tracing.run SET status = 'RUNNING', lease_until = ?
				WHERE id = (SELECT id FROM tracing.run
				            WHERE status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < ?)
				            ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING id""")
				.params(Timestamp.from(leaseUntil), Timestamp.from(now)).query(UUID.class).optional();
	}

	void finish(UUID id, Instant at, int f1, int f2, boolean truncated) {
		jdbc.sql("UPDATE tracing.run SET status = 'DONE', finished_at = ?, f1_count = ?, f2_count = ?, f2_truncated = ?, lease_until = NULL WHERE id = ?")
				.params(Timestamp.from(at), f1, f2, truncated, id).update();
	}

	void fail(UUID id, Instant at, String error) {
		jdbc.sql("UPDATE tracing.run SET status = 'FAILED', finished_at = ?, error = ?, lease_until = NULL WHERE id = ?")
				.params(Timestamp.from(at), error, id).update();
	}

	/** Stores the contacts of a run in batches. */
	void insertContacts(UUID runId, List<ContactFinder.Found> contacts) {
		template.batchUpdate("""
				INSERT INTO tracing.contact (run_id, person, level, via, first_contact, evidence, evidence_count)
				VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""", contacts, 1000, (ps, c) -> {
			ps.setObject(1, runId);
			ps.setObject(2, c.person);
			ps.setString(3, c.level.name());
			ps.setObject(4, c.via);
			ps.setTimestamp(5, Timestamp.from(c.firstContact));
			ps.setString(6, JSON.writeValueAsString(c.evidence));
			ps.setInt(7, c.evidenceCount);
		});
	}

	/** A page of a run's contacts, F1 before F2, by person id ({@code limit + 1} rows). */
	List<Contact> contacts(UUID runId, String level, String afterKey, int limit) {
		String sql = "SELECT " + CONTACT + " FROM tracing.contact WHERE run_id = :run"
				+ (level != null ? " AND level = :level" : "")
				+ (afterKey != null ? " AND (level, person) > (:afterLevel, :afterPerson)" : "")
				+ " ORDER BY level, person LIMIT :limit";
		var statement = jdbc.sql(sql).param("run", runId).param("limit", limit + 1);
		if (level != null) {
			statement = statement.param("level", level);
		}
		if (afterKey != null) {
			String[] parts = afterKey.split(":", 2);
			statement = statement.param("afterLevel", parts[0]).param("afterPerson", UUID.fromString(parts[1]));
		}
		return statement.query(RunRecords::contact).list();
	}

	Optional<Contact> contactForUpdate(UUID runId, UUID person) {
		return jdbc.sql("SELECT " + CONTACT + " FROM tracing.contact WHERE run_id = ? AND person = ? FOR UPDATE")
				.params(runId, person).query(RunRecords::contact).optional();
	}

	void decide(UUID runId, UUID person, String decision, String by, Instant at, String reason, UUID caseId) {
		jdbc.sql("UPDATE tracing.contact SET decision = ?, decided_by = ?, decided_at = ?, reason = ?, case_id = ? WHERE run_id = ? AND person = ?")
				.params(decision, by, Timestamp.from(at), reason, caseId, runId, person).update();
	}

	/** Every pending contact of a run, for automatic confirmation. */
	List<Contact> pending(UUID runId) {
		return jdbc.sql("SELECT " + CONTACT + " FROM tracing.contact WHERE run_id = ? AND decision = 'PENDING' ORDER BY level, person")
				.param(runId).query(RunRecords::contact).list();
	}

	/** The newest runs of a case. */
	List<Run> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + RUN + " FROM tracing.run WHERE case_id = ? ORDER BY requested_at DESC LIMIT 20")
				.param(caseId).query(RunRecords::run).list();
	}

	/** The newest runs in an area (the review queue of the console). */
	List<Run> recent(String areaPrefix, int limit) {
		return jdbc.sql("SELECT " + RUN + " FROM tracing.run WHERE ward_path LIKE ? ORDER BY requested_at DESC LIMIT ?")
				.params(areaPrefix + "%", limit).query(RunRecords::run).list();
	}

	private static Run run(ResultSet rs, int n) throws SQLException {
		return new Run(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("person", UUID.class),
				AreaCode.parsePath(rs.getString("ward_path")), rs.getObject("cluster_id", UUID.class), rs.getString("status"),
				rs.getBoolean("automatic"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				instant(rs.getTimestamp("finished_at")), rs.getTimestamp("window_from").toInstant(),
				rs.getTimestamp("window_to").toInstant(), (Integer) rs.getObject("f1_count"), (Integer) rs.getObject("f2_count"),
				rs.getBoolean("f2_truncated"), rs.getString("error"));
	}

	private static Contact contact(ResultSet rs, int n) throws SQLException {
		List<Evidence> evidence = List.of(JSON.readValue(rs.getString("evidence"), Evidence[].class));
		return new Contact(rs.getObject("run_id", UUID.class), rs.getObject("person", UUID.class), rs.getString("level"),
				rs.getObject("via", UUID.class), rs.getTimestamp("first_contact").toInstant(), evidence, rs.getInt("evidence_count"),
				rs.getString("decision"), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("reason"),
				rs.getObject("case_id", UUID.class));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
