package vn.pccovid.movement.internal;

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

/** The {@code movement.permit_upload} table (a {@link UploadJobTable} with an {@code accepted} count). */
@Repository
class PermitUploadJobs {

	/** An upload as stored. */
	record Upload(UUID id, String status, Actor actor, int total, int processed, int accepted, List<RowError> errors) {
	}

	private final JdbcClient jdbc;
	private final UploadJobTable table;

	PermitUploadJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.table = new UploadJobTable(jdbc, json, "movement.permit_upload");
	}

	void create(UUID id, Actor actor, byte[] content) {
		table.create(id, actor.asJobOwner(), content, Map.of());
	}

	Optional<Upload> find(UUID id) {
		return jdbc.sql("""
				SELECT id, status, actor_id, actor_name, actor_roles, actor_scope, total, processed, accepted, errors::text
				FROM movement.permit_upload WHERE id = ?""").param(id)
				.query((rs, row) -> new Upload(rs.getObject(1, UUID.class), rs.getString(2),
						Actor.jobOwner(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), rs.getInt(7),
						rs.getInt(8), rs.getInt(9), table.errors(rs.getString(10))))
				.optional();
	}

	byte[] content(UUID id) {
		return table.content(id);
	}

	/** The jobs a previous run left running, oldest first (see {@link UploadJobTable#unfinished}). */
	List<UUID> unfinished() {
		return table.unfinished(List.of("VALIDATING"));
	}

	void progress(UUID id, int total, int processed, int accepted) {
		table.progress(id, "VALIDATING", total, processed, Map.of("accepted", accepted));
	}

	void finish(UUID id, String status, int total, int accepted, List<RowError> errors) {
		table.finish(id, status, total, total, Map.of("accepted", accepted), errors, Integer.MAX_VALUE, null);
	}
}
