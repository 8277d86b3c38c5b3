package vn.pccovid.vaccination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Actor;
import vn.pccovid.core.UploadJobTable;

/** The {@code vaccination.upload_job} table: any node answers for any job. */
@Repository
class VaccinationUploadJobs {

	private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
	};
	private static final TypeReference<List<RowReport.Line>> LINES = new TypeReference<>() {
	};

	/** The statuses of a job not yet finished: a restart may have interrupted it. */
	static final List<String> UNFINISHED = List.of("QUEUED", "RUNNING");

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final UploadJobTable table;

	VaccinationUploadJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.table = new UploadJobTable(jdbc, json, "vaccination.upload_job");
	}

	/** The jobs a previous run left queued or running, oldest first. */
	List<UUID> unfinished() {
		return table.unfinished(UNFINISHED);
	}

	void create(UUID id, String kind, Actor actor, Locale locale, String content, int total, Instant now) {
		UploadJobTable.Owner owner = actor.asJobOwner();
		jdbc.sql("""
				INSERT INTO vaccination.upload_job (id, kind, status, actor_kind, actor_id, actor_name, actor_roles, actor_scope,
				    locale, content, total, created_at)
				VALUES (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, kind, actor.kind().name(), owner.id(), owner.name(), owner.roles(), owner.scope(),
						locale.toLanguageTag(), content, total, Timestamp.from(now))
				.update();
	}

	Optional<VaccinationUploadJob> find(UUID id) {
		return jdbc.sql("""
				SELECT id, kind, status, actor_kind, actor_id, actor_name, actor_roles, actor_scope, total, processed,
				       counts::text, report::text
				FROM vaccination.upload_job WHERE id = ?""").param(id)
				.query((rs, row) -> new VaccinationUploadJob(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						actor(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)), rs.getInt(9),
						rs.getInt(10), json.readValue(rs.getString(11), COUNTS), json.readValue(rs.getString(12), LINES)))
				.optional();
	}

	/** The file and the uploader's language, for the job to run. */
	Optional<Stored> stored(UUID id) {
		return jdbc.sql("SELECT content, locale FROM vaccination.upload_job WHERE id = ? AND content IS NOT NULL").param(id)
				.query((rs, row) -> new Stored(rs.getString(1), Locale.forLanguageTag(rs.getString(2)))).optional();
	}

	/** The uploader's language, for a message about the job. */
	Locale locale(UUID id) {
		return jdbc.sql("SELECT locale FROM vaccination.upload_job WHERE id = ?").param(id).query(String.class).optional()
				.map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("vi"));
	}

	/** The uploader's latest jobs, newest first. */
	List<UUID> latest(String actorId, int limit) {
		return jdbc.sql("SELECT id FROM vaccination.upload_job WHERE actor_id = ? ORDER BY created_at DESC LIMIT ?")
				.params(actorId, limit).query(UUID.class).list();
	}

	void progress(UUID id, int processed, Map<String, Integer> counts) {
		jdbc.sql("UPDATE vaccination.upload_job SET status = 'RUNNING', processed = ?, counts = ?::jsonb WHERE id = ?")
				.params(processed, json.writeValueAsString(counts), id).update();
	}

	void finish(UUID id, String status, RowReport report, Instant now) {
		jdbc.sql("""
				UPDATE vaccination.upload_job SET status = ?, total = ?, processed = ?, counts = ?::jsonb, report = ?::jsonb,
				    content = NULL, finished_at = ? WHERE id = ?""")
				.params(status, report.rows(), report.rows(), json.writeValueAsString(report.counts()),
						json.writeValueAsString(report.report()), Timestamp.from(now), id)
				.update();
	}

	/**
	 * Ends a job that could not run to its end: {@code FAILED} with one line saying why; the counts so far stay, the
	 * file is dropped. Reads nothing of the job, so it works even when the stored job cannot be read.
	 */
	void fail(UUID id, RowReport.Line why, Instant now) {
		jdbc.sql("""
				UPDATE vaccination.upload_job SET status = 'FAILED', report = ?::jsonb, content = NULL, finished_at = ?
				WHERE id = ?""").params(json.writeValueAsString(List.of(why)), Timestamp.from(now), id).update();
	}

	/**
	 * A stored upload.
	 *
	 * @param content the CSV text
	 * @param locale  the uploader's language, for the report's messages
	 */
	record Stored(String content, Locale locale) {
	}

	/** The uploader as stored ({@link Actor#jobOwner}, the same mapping as every module's job table), of their kind. */
	private static Actor actor(String kind, String id, String name, String roles, String scope) {
		Actor owner = Actor.jobOwner(id, name, roles, scope);
		Actor.Kind stored = Actor.Kind.valueOf(kind);
		return stored == owner.kind() ? owner : new Actor(stored, id, name, owner.roles(), owner.scope());
	}
}
