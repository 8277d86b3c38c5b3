package vn.pccovid.testing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;

/** The {@code testing.result_upload} table: any node answers for any job. */
@Repository("testingUploadJobs")
class UploadJobs {

	private static final TypeReference<List<UploadJob.RowError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final TransactionTemplate separate;

	UploadJobs(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Progress written in a transaction of its own, so that the page sees it while the applying one runs. */
	void progressSoon(UUID id, int total, int processed) {
		separate.executeWithoutResult(status -> progress(id, UploadJob.Status.APPLYING, total, processed));
	}

	void create(UUID id, Actor actor, boolean goodRows, String sha256, byte[] content, Instant now) {
		jdbc.sql("""
				INSERT INTO testing.result_upload (id, status, good_rows, actor_id, actor_name, actor_roles, actor_scope,
				    file_sha256, content, created_at)
				VALUES (?, 'VALIDATING', ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, goodRows, actor.id(), actor.name(),
						String.join(",", actor.roles().stream().map(Role::name).sorted().toList()), actor.scope().toString(),
						sha256, content, Timestamp.from(now))
				.update();
	}

	Optional<UploadJob> find(UUID id) {
		return jdbc.sql("""
				SELECT id, status, good_rows, actor_id, actor_name, actor_roles, actor_scope, total, processed, applied,
				       unchanged, errors::text
				FROM testing.result_upload WHERE id = ?""").param(id)
				.query((rs, row) -> new UploadJob(rs.getObject(1, UUID.class), UploadJob.Status.valueOf(rs.getString(2)),
						rs.getBoolean(3), actor(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), rs.getInt(8),
						rs.getInt(9), rs.getInt(10), rs.getInt(11), json.readValue(rs.getString(12), ERRORS)))
				.optional();
	}

	byte[] content(UUID id) {
		return jdbc.sql("SELECT content FROM testing.result_upload WHERE id = ?").param(id).query(byte[].class).single();
	}

	void progress(UUID id, UploadJob.Status status, int total, int processed) {
		jdbc.sql("UPDATE testing.result_upload SET status = ?, total = ?, processed = ? WHERE id = ?")
				.params(status.name(), total, processed, id).update();
	}

	void finish(UUID id, UploadJob.Status status, int total, int applied, int unchanged, List<UploadJob.RowError> errors,
			Instant now) {
		jdbc.sql("""
				UPDATE testing.result_upload SET status = ?, total = ?, processed = ?, applied = ?, unchanged = ?,
				    errors = ?::jsonb, content = NULL, finished_at = ? WHERE id = ?""")
				.params(status.name(), total, total, applied, unchanged,
						json.writeValueAsString(errors.subList(0, Math.min(errors.size(), UploadJob.MAX_ERRORS))),
						Timestamp.from(now), id)
				.update();
	}

	private static Actor actor(String id, String name, String roles, String scope) {
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(set::add);
		return new Actor(Actor.Kind.STAFF, id, name, set, Scope.parse(scope));
	}
}
