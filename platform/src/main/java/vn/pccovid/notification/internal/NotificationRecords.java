package vn.pccovid.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The notification table: one row per idempotency key; the rows with a person are that person's inbox. */
@Repository
class NotificationRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	NotificationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored notification as the inbox reads it. */
	record Stored(long id, UUID personId, String kind, Map<String, String> params, Instant createdAt, Instant readAt) {
	}

	/** Inserts the notification unless its key is taken; the new id, or empty when the key was already used. */
	Optional<Long> insert(String key, UUID personId, String kind, Map<String, String> params, Instant now) {
		return jdbc.sql("""
				INSERT INTO notification.notification (idempotency_key, person_id, kind, params, created_at)
				VALUES (?, ?, ?, ?::jsonb, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id""")
				.params(key, personId, kind, JSON.writeValueAsString(params), Timestamp.from(now))
				.query(Long.class).optional();
	}

	/** A notification to store with {@link #insertAll}. */
	record NewNotification(String key, UUID personId, String kind, Map<String, String> params) {
	}

	/**
	 * Inserts many notifications in one statement (ids in list order), skipping taken keys: the new ids by key. The
	 * keys must be distinct.
	 */
	Map<String, Long> insertAll(List<NewNotification> rows, Instant now) {
		Map<String, Long> ids = new HashMap<>();
		if (rows.isEmpty()) {
			return ids;
		}
		jdbc.sql("""
				INSERT INTO notification.notification (idempotency_key, person_id, kind, params, created_at)
				SELECT k, p::uuid, kd, pr::jsonb, ?
				FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS t(k, p, kd, pr, n)
				ORDER BY n
				ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key, id""")
				.params(Timestamp.from(now), rows.stream().map(NewNotification::key).toArray(String[]::new),
						rows.stream().map(r -> r.personId() == null ? null : r.personId().toString()).toArray(String[]::new),
						rows.stream().map(NewNotification::kind).toArray(String[]::new),
						rows.stream().map(r -> JSON.writeValueAsString(r.params())).toArray(String[]::new))
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
				.forEach(e -> ids.put(e.getKey(), e.getValue()));
		return ids;
	}

	/** The newest messages of these persons (optionally below the id {@code before}), newest first. */
	List<Stored> inbox(Collection<UUID> personIds, Long before, int limit) {
		return jdbc.sql("""
				SELECT id, person_id, kind, params, created_at, read_at FROM notification.notification
				WHERE person_id = ANY(?::uuid[]) AND id < ? ORDER BY id DESC LIMIT ?""")
				.params(ids(personIds), before == null ? Long.MAX_VALUE : before, limit)
				.query(NotificationRecords::stored).list();
	}

	int unread(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT count(*) FROM notification.notification WHERE person_id = ANY(?::uuid[]) AND read_at IS NULL")
				.param(ids(personIds)).query(Integer.class).single();
	}

	/** Marks the message read if it belongs to one of these persons; whether it does. Reading twice keeps the first time. */
	boolean markRead(long id, Collection<UUID> personIds, Instant now) {
		return jdbc.sql("""
				UPDATE notification.notification SET read_at = coalesce(read_at, ?)
				WHERE id = ? AND person_id = ANY(?::uuid[])""")
				.params(Timestamp.from(now), id, ids(personIds)).update() == 1;
	}

	int purge(Instant before) {
		return jdbc.sql("DELETE FROM notification.notification WHERE created_at < ?").param(Timestamp.from(before)).update();
	}

	/** As text, cast in SQL: the driver binds a {@code String[]} everywhere. */
	static String[] ids(Collection<UUID> personIds) {
		return personIds.stream().map(UUID::toString).toArray(String[]::new);
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new Stored(rs.getLong("id"), rs.getObject("person_id", UUID.class), rs.getString("kind"),
				JSON.readValue(rs.getString("params"), PARAMS), rs.getTimestamp("created_at").toInstant(),
				read == null ? null : read.toInstant());
	}
}
