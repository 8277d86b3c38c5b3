package vn.pccovid.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;

/** The audit log in {@code access.audit_entry}: one row per citizen touched, written in the caller's transaction. */
@Service
class JdbcAuditLog implements AuditLog {

	private static final String COLUMNS = "id, at, actor_kind, actor_id, actor_name, roles, actor_scope, action, purpose, what, citizen_id, citizen_area";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AuditBuffer buffer;

	JdbcAuditLog(JdbcClient jdbc, Clock clock, AuditBuffer buffer) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.buffer = buffer;
	}

	@Override
	public void recordSoon(Actor actor, AuditAction action, String purpose, String what, Collection<AuditSubject> subjects) {
		buffer.add(rows(actor, action, purpose, what, subjects));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, AuditAction action, String purpose, String what, Collection<AuditSubject> subjects) {
		insert(jdbc, rows(actor, action, purpose, what, subjects));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordMiss(Actor actor, AuditAction action, String purpose, String what, AreaCode area) {
		insert(jdbc, List.of(row(actor, action, purpose, what, null, area)));
	}

	@Override
	public void recordMissSoon(Actor actor, AuditAction action, String purpose, String what, AreaCode area) {
		buffer.add(List.of(row(actor, action, purpose, what, null, area)));
	}

	private AuditBuffer.Row row(Actor actor, AuditAction action, String purpose, String what, UUID citizenId, AreaCode area) {
		String roles = actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
		return new AuditBuffer.Row(Timestamp.from(clock.instant()), actor.kind().name(), actor.id(), actor.name(), roles,
				actor.scope().toString(), action.name(), purpose, what, citizenId, area == null ? null : area.path());
	}

	private List<AuditBuffer.Row> rows(Actor actor, AuditAction action, String purpose, String what,
			Collection<AuditSubject> subjects) {
		return subjects.stream().map(subject -> row(actor, action, purpose, what, subject.citizenId(), subject.area())).toList();
	}

	/** Inserts the rows with one statement (column arrays unnested), in the caller's transaction. */
	static void insert(JdbcClient jdbc, List<AuditBuffer.Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO access.audit_entry (at, actor_kind, actor_id, actor_name, roles, actor_scope, action, purpose, what, citizen_id, citizen_area)
				SELECT * FROM unnest(?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[])""")
				.params(rows.stream().map(AuditBuffer.Row::at).toArray(Timestamp[]::new), column(rows, AuditBuffer.Row::actorKind),
						column(rows, AuditBuffer.Row::actorId), column(rows, AuditBuffer.Row::actorName), column(rows, AuditBuffer.Row::roles),
						column(rows, AuditBuffer.Row::actorScope), column(rows, AuditBuffer.Row::action), column(rows, AuditBuffer.Row::purpose),
						column(rows, AuditBuffer.Row::what), rows.stream().map(AuditBuffer.Row::citizenId).toArray(UUID[]::new),
						column(rows, AuditBuffer.Row::citizenArea))
				.update();
	}

	private static String[] column(List<AuditBuffer.Row> rows, java.util.function.Function<AuditBuffer.Row, String> value) {
		return rows.stream().map(value).toArray(String[]::new);
	}

	@Override
	public List<AuditEntry> about(Collection<UUID> citizenIds, Long before, int limit) {
		if (citizenIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM access.audit_entry WHERE citizen_id = ANY(?::uuid[]) AND id < ? "
				+ "ORDER BY id DESC LIMIT ?")
				.params(citizenIds.toArray(UUID[]::new), before == null ? Long.MAX_VALUE : before, limit)
				.query(this::map).list();
	}

	@Override
	public List<AuditEntry> search(Scope scope, AuditQuery query) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM access.audit_entry WHERE id < ?");
		List<Object> params = new ArrayList<>(List.of(query.before() == null ? Long.MAX_VALUE : query.before()));
		if (!scope.isNational()) {
			sql.append(" AND citizen_area LIKE ? || '%'");
			params.add(scope.sqlPrefix());
		}
		if (query.actorName() != null) {
			sql.append(" AND actor_name = ?");
			params.add(query.actorName());
		}
		if (query.citizenId() != null) {
			sql.append(" AND citizen_id = ?");
			params.add(query.citizenId());
		}
		if (query.from() != null) {
			sql.append(" AND at >= ?");
			params.add(Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.append(" AND at < ?");
			params.add(Timestamp.from(query.to()));
		}
		sql.append(" ORDER BY id DESC LIMIT ?");
		params.add(query.limit());
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	private AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), Actor.Kind.valueOf(rs.getString("actor_kind")),
				rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("roles"), rs.getString("actor_scope"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("purpose"), rs.getString("what"),
				rs.getObject("citizen_id", UUID.class), rs.getString("citizen_area"));
	}
}
