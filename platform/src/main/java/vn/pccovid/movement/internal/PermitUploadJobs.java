package vn.pccovid.movement.internal;

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

/** The {@code movement.permit_upload} table: any node can answer for any upload. */
@Repository
class PermitUploadJobs {

	/** An upload as stored. */
	record Upload(UUID id, String status, Actor actor, int total, int processed, int accepted, List<RowError> errors) {
	}

	/** One problem with one row (line numbers count the header as line 1). */
	record RowError(int row, String field, String key, List<String> arguments) {
	}

	private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PermitUploadJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void create(UUID id, Actor actor, byte[] content) {
		jdbc.sql("""
				INSERT INTO movement.permit_upload (id, status, actor_id, actor_name, actor_roles, actor_scope, content)
				VALUES (?, 'VALIDATING', ?, ?, ?, ?, ?)""")
				.params(id, actor.id(), actor.name(), String.join(",", actor.roles().stream().map(Role::name).sorted().toList()),
						actor.scope().toString(), content)
				.update();
	}

	Optional<Upload> find(UUID id) {
		return jdbc.sql("""
				SELECT id, status, actor_id, actor_name, actor_roles, actor_scope, total, processed, accepted, errors::text
				FROM movement.permit_upload WHERE id = ?""").param(id)
				.query((rs, row) -> new Upload(rs.getObject(1, UUID.class), rs.getString(2),
						actor(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getInt(8),
						rs.getInt(9), json.readValue(rs.getString(10), ERRORS)))
				.optional();
	}

	byte[] content(UUID id) {
		return jdbc.sql("SELECT content FROM movement.permit_upload WHERE id = ?").param(id).query(byte[].class).single();
	}

	void progress(UUID id, int total, int processed, int accepted) {
		jdbc.sql("UPDATE movement.permit_upload SET total = ?, processed = ?, accepted = ? WHERE id = ?")
				.params(total, processed, accepted, id).update();
	}

	void finish(UUID id, String status, int total, int accepted, List<RowError> errors) {
		jdbc.sql("""
				UPDATE movement.permit_upload SET status = ?, total = ?, processed = ?, accepted = ?, errors = ?::jsonb,
				    content = NULL, finished_at = now() WHERE id = ?""")
				.params(status, total, total, accepted, json.writeValueAsString(errors), id).update();
	}

	private static Actor actor(String id, String name, String roles, String scope) {
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(set::add);
		return new Actor(Actor.Kind.STAFF, id, name, set, Scope.parse(scope));
	}
}
