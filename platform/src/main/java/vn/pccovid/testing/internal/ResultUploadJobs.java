package vn.pccovid.testing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Actor;
import vn.pccovid.core.UploadJobTable;
import vn.pccovid.core.UploadJobTable.RowError;

/**
 * The {@code testing.result_upload} table (a {@link UploadJobTable} with {@code applied} and {@code unchanged} counts,
 * the good-rows choice and the file's SHA-256).
 */
@Repository
class ResultUploadJobs {

	private final JdbcClient jdbc;
	private final UploadJobTable table;
	private final TransactionTemplate separate;

	ResultUploadJobs(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.table = new UploadJobTable(jdbc, json, "testing.result_upload");
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Progress written in a transaction of its own, so that the page sees it while the applying one runs. */
	void progressSoon(UUID id, int total, int processed) {
		separate.executeWithoutResult(status -> progress(id, UploadJob.Status.APPLYING, total, processed));
	}

	void create(UUID id, Actor actor, boolean goodRows, String sha256, byte[] content, Instant now) {
		table.create(id, actor.asJobOwner(), content, Map.of("good_rows", goodRows, "file_sha256", sha256, "created_at", now));
	}

	Optional<UploadJob> find(UUID id) {
		return jdbc.sql("""
				SELECT id, status, good_rows, actor_id, actor_name, actor_roles, actor_scope, total, processed, applied,
				       unchanged, errors::text
				FROM testing.result_upload WHERE id = ?""").param(id)
				.query((rs, row) -> new UploadJob(rs.getObject(1, UUID.class), UploadJob.Status.valueOf(rs.getString(2)),
						rs.getBoolean(3), Actor.jobOwner(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
						rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), table.errors(rs.getString(12))))
				.optional();
	}

	byte[] content(UUID id) {
		return table.content(id);
	}

	/** The jobs a previous run left validating or applying, oldest first (see {@link UploadJobTable#unfinished}). */
	List<UUID> unfinished() {
		return table.unfinished(List.of(UploadJob.Status.VALIDATING.name(), UploadJob.Status.APPLYING.name()));
	}

	void progress(UUID id, UploadJob.Status status, int total, int processed) {
		table.progress(id, status.name(), total, processed, Map.of());
	}

	void finish(UUID id, UploadJob.Status status, int total, int applied, int unchanged, List<RowError> errors, Instant now) {
		table.finish(id, status.name(), total, total, Map.of("applied", applied, "unchanged", unchanged), errors,
				UploadJob.MAX_ERRORS, now);
	}
}
