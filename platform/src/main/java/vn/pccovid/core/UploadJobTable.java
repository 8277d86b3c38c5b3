package vn.pccovid.core;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of a module's background upload jobs (a CSV stored, then worked through by {@link UploadJobWorker}):
 * every such table has {@code id, status, actor_id, actor_name, actor_roles, actor_scope, content, total, processed,
 * errors jsonb, finished_at} plus the module's own counters ({@code imported}, {@code accepted} …) and columns. Any
 * node can answer for any job, because the state is in the table. The module keeps its row record and its reading
 * query; this class writes the shared columns.
 */
public final class UploadJobTable {

	/**
	 * One problem with one row of an upload.
	 *
	 * @param row       line number in the file (the header is line 1; 0 for the file as a whole)
	 * @param field     the CSV column at fault ({@code file} for the file as a whole)
	 * @param key       message key in the module's bundle
	 * @param arguments message arguments
	 */
	public record RowError(int row, String field, String key, List<String> arguments) {
	}

	/** Who started a job, as the table stores it (the access module maps it to and from its actor). */
	public record Owner(String id, String name, String roles, String scope) {
	}

	private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final String table;

	/** The job table {@code table} (schema-qualified, a constant of the module's: it is spliced into SQL). */
	public UploadJobTable(JdbcClient jdbc, JsonMapper json, String table) {
		if (!table.matches("[a-z_]+\\.[a-z_]+")) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		this.jdbc = jdbc;
		this.json = json;
		this.table = table;
	}

	/** Stores a new job in status {@code VALIDATING} with its file and the module's further columns, if any. */
	public void create(UUID id, Owner owner, byte[] content, Map<String, Object> more) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("id", id);
		columns.put("status", "VALIDATING");
		columns.put("actor_id", owner.id());
		columns.put("actor_name", owner.name());
		columns.put("actor_roles", owner.roles());
		columns.put("actor_scope", owner.scope());
		more.forEach((name, value) -> columns.put(column(name), value instanceof Instant at ? Timestamp.from(at) : value));
		columns.put("content", content);
		jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns.keySet()) + ") VALUES ("
				+ String.join(", ", columns.keySet().stream().map(c -> "?").toList()) + ")")
				.params(new ArrayList<>(columns.values())).update();
	}

	/** The stored file (gone once the job is finished). */
	public byte[] content(UUID id) {
		return jdbc.sql("SELECT content FROM " + table + " WHERE id = ?").param(id).query(byte[].class).single();
	}

	/** Where a running job is, with the module's counters so far (such as {@code accepted}). */
	public void progress(UUID id, String status, int total, int processed, Map<String, Integer> counters) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", status);
		columns.put("total", total);
		columns.put("processed", processed);
		counters.forEach((name, value) -> columns.put(column(name), value));
		update(id, columns, "");
	}

	/**
	 * Ends a job: its status, counters and row errors (the first {@code maxErrors}); drops the file. {@code at} is the
	 * finishing time, or null for the database's.
	 */
	public void finish(UUID id, String status, int total, int processed, Map<String, Integer> counters, List<RowError> errors,
			int maxErrors, Instant at) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", status);
		columns.put("total", total);
		columns.put("processed", processed);
		counters.forEach((name, value) -> columns.put(column(name), value));
		columns.put("errors", json.writeValueAsString(errors.subList(0, Math.min(errors.size(), maxErrors))));
		columns.put("content", null);
		if (at != null) {
			columns.put("finished_at", Timestamp.from(at));
		}
		update(id, columns, at == null ? ", finished_at = now()" : "");
	}

	/**
	 * The jobs a previous run of the application left unfinished: in one of {@code unfinished} statuses with their file
	 * still stored, oldest first. Called at start-up, before this node's worker has taken any job (see
	 * {@link UploadJobWorker#recover}).
	 */
	public List<UUID> unfinished(Collection<String> unfinished) {
		if (unfinished.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id FROM " + table + " WHERE status IN ("
				+ String.join(", ", unfinished.stream().map(s -> "?").toList())
				+ ") AND content IS NOT NULL ORDER BY created_at, id").params(new ArrayList<>(unfinished)).query(UUID.class).list();
	}

	/** The row errors of a stored {@code errors::text}. */
	public List<RowError> errors(String stored) {
		return json.readValue(stored, ERRORS);
	}

	private void update(UUID id, Map<String, Object> columns, String more) {
		List<Object> params = new ArrayList<>(columns.values());
		params.add(id);
		jdbc.sql("UPDATE " + table + " SET "
				+ String.join(", ", columns.keySet().stream().map(c -> c.equals("errors") ? c + " = ?::jsonb" : c + " = ?").toList())
				+ more + " WHERE id = ?").params(params).update();
	}

	private static String column(String name) {
		if (!name.matches("[a-z_0-9]+")) {
			throw new IllegalArgumentException("not a column name: " + name);
		}
		return name;
	}
}
