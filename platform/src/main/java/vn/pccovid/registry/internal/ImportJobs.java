package vn.pccovid.registry.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Actor;
import vn.pccovid.core.UploadJobTable;
import vn.pccovid.core.UploadJobTable.RowError;

/** The {@code registry.import_job} table (a {@link UploadJobTable} with an {@code imported} count). */
@Repository
class ImportJobs {

	private final JdbcClient jdbc;
	private final UploadJobTable table;

	ImportJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.table = new UploadJobTable(jdbc, json, "registry.import_job");
	}

	void create(UUID id, Actor actor, byte[] content) {
		table.create(id, actor.asJobOwner(), content, Map.of());
	}

	Optional<ImportJob> find(UUID id) {
		return jdbc.sql("""
				SELECT id, status, actor_id, actor_name, actor_roles, actor_scope, total, processed, imported, errors::text
				FROM registry.import_job WHERE id = ?""").param(id)
				.query((rs, row) -> new ImportJob(rs.getObject(1, UUID.class), ImportJob.Status.valueOf(rs.getString(2)),
						Actor.jobOwner(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), rs.getInt(7),
						rs.getInt(8), rs.getInt(9), table.errors(rs.getString(10))))
				.optional();
	}

	byte[] content(UUID id) {
		return table.content(id);
	}

	/** The jobs a previous run left validating or importing, oldest first (see {@link UploadJobTable#unfinished}). */
	List<UUID> unfinished() {
		return table.unfinished(List.of(ImportJob.Status.VALIDATING.name(), ImportJob.Status.IMPORTING.name()));
	}

	void progress(UUID id, ImportJob.Status status, int total, int processed) {
		table.progress(id, status.name(), total, processed, Map.of());
	}

	void reject(UUID id, int total, int processed, List<RowError> errors) {
		table.finish(id, ImportJob.Status.REJECTED.name(), total, processed, Map.of(), errors, Integer.MAX_VALUE, null);
	}

	void done(UUID id, int total, int imported) {
		table.finish(id, ImportJob.Status.DONE.name(), total, total, Map.of("imported", imported), List.of(), 0, null);
	}
}
