package vn.pccovid.registry.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;

/** The {@code registry.import_job} table: any node can answer for any job. */
@Repository
class ImportJobs {

	private static final TypeReference<List<ImportJob.RowError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ImportJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void create(UUID id, Actor actor, byte[] content) {
		jdbc.sql("""
				INSERT INTO registry.import_job (id, status, actor_id, actor_name, actor_roles, actor_scope, content)
				VALUES (?, 'VALIDATING', ?, ?, ?, ?, ?)""")
				.params(id, actor.id(), actor.name(), String.join(",", actor.roles().stream().map(Role::name).sorted().toList()),
						actor.scope().toString(), content)
				.update();
	}

	Optional<ImportJob> find(UUID id) {
		return jdbc.sql("""
				SELECT id, status, actor_id, actor_name, actor_roles, actor_scope, total, processed, imported, errors::text
				FROM registry.import_job WHERE id = ?""").param(id)
				.query((rs, row) -> new ImportJob(rs.getObject(1, UUID.class), ImportJob.Status.valueOf(rs.getString(2)),
						actor(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getInt(8),
						rs.getInt(9), json.readValue(rs.getString(10), ERRORS)))
				.optional();
	}

	byte[] content(UUID id) {
		return jdbc.sql("SELECT content FROM registry.import_job WHERE id = ?").param(id).query(byte[].class).single();
	}

	void progress(UUID id, ImportJob.Status status, int total, int processed) {
		jdbc.sql("UPDATE registry.import_job SET status = ?, total = ?, processed = ? WHERE id = ?")
				.params(status.name(), total, processed, id).update();
	}

	void reject(UUID id, int total, int processed, List<ImportJob.RowError> errors) {
		jdbc.sql("""
				UPDATE registry.import_job SET status = 'REJECTED', total = ?, processed = ?, errors = ?::jsonb,
				    content = NULL, finished_at = now() WHERE id = ?""")
				.params(total, processed, json.writeValueAsString(errors), id).update();
	}

	void done(UUID id, int total, int imported) {
		jdbc.sql("""
				UPDATE registry.import_job SET status = 'DONE', total = ?, processed = ?, imported = ?, content = NULL,
				    finished_at = now() WHERE id = ?""")
				.params(total, total, imported, id).update();
	}

	private static Actor actor(String id, String name, String roles, String scope) {
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(set::add);
		return new Actor(Actor.Kind.STAFF, id, name, set, Scope.parse(scope));
	}
}
