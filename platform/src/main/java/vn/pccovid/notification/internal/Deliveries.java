package vn.pccovid.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.notification.Message;

/**
 * The delivery table: messages waiting to leave, claimed by workers with a lease, and their final status. A row
 * moves PENDING → SENT or PENDING → FAILED exactly once (every update checks {@code status = 'PENDING'}), so a
 * recorded success is never followed by another send.
 */
@Repository
class Deliveries {

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A delivery a worker holds: what to send, and how many attempts (this one included) were made. */
	record Claimed(long id, Message message, int attempts, Instant giveUpAt) {
	}

	/**
	 * A delivery as staff see it: no text, recipient masked.
	 *
	 * @param id            the row's id (keyset)
	 * @param personId      the person it concerns, or {@code null} for a bare phone
	 * @param areaPath      that person's area when sent
	 * @param kind          the notification kind
	 * @param channel       SMS or EMAIL
	 * @param recipient     masked, e.g. {@code 09******12}
	 * @param status        PENDING, SENT or FAILED
	 * @param attempts      attempts made
	 * @param lastError     the last failure, or {@code null}
	 * @param createdAt     when it was requested
	 * @param nextAttemptAt when it is tried next (pending only)
	 * @param sentAt        when it left, or {@code null}
	 */
	record Status(long id, UUID personId, String areaPath, String kind, String channel, String recipient, String status,
			int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
	}

	void add(long notificationId, UUID personId, String areaPath, String kind, Message message, Instant now) {
		add(notificationId, personId, areaPath, kind, message, now, null);
	}

	/** Adds a pending delivery, due now; one that is still unsent at {@code giveUpAt} (if given) fails unsent. */
	void add(long notificationId, UUID personId, String areaPath, String kind, Message message, Instant now, Instant giveUpAt) {
		jdbc.sql("""
				INSERT INTO notification.delivery (notification_id, person_id, area_path, kind, channel, recipient, subject,
				body, status, next_attempt_at, give_up_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
				ON CONFLICT (notification_id, channel, recipient) DO NOTHING""")
				.params(notificationId, personId, areaPath, kind, message.channel().name(), message.recipient(),
						message.subject(), message.body(), Timestamp.from(now),
						giveUpAt == null ? null : Timestamp.from(giveUpAt), Timestamp.from(now))
				.update();
	}

	/** A pending delivery to add with {@link #addAll}. */
	record NewDelivery(long notificationId, UUID personId, String areaPath, String kind, Message message) {
	}

	/** Adds many pending deliveries, due now, in one statement (as {@link #add} one by one, without a give-up time). */
	void addAll(List<NewDelivery> rows, Instant now) {
		if (rows.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				INSERT INTO notification.delivery (notification_id, person_id, area_path, kind, channel, recipient, subject,
				body, status, next_attempt_at, give_up_at, created_at)
				SELECT ni, pi::uuid, ap, kd, ch, rc, sj, bd, 'PENDING', ?, NULL, ?
				FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
				     WITH ORDINALITY AS t(ni, pi, ap, kd, ch, rc, sj, bd, n)
				ORDER BY n
				ON CONFLICT (notification_id, channel, recipient) DO NOTHING""")
				.params(at, at, rows.stream().map(NewDelivery::notificationId).toArray(Long[]::new),
						rows.stream().map(r -> r.personId() == null ? null : r.personId().toString()).toArray(String[]::new),
						rows.stream().map(NewDelivery::areaPath).toArray(String[]::new),
						rows.stream().map(NewDelivery::kind).toArray(String[]::new),
						rows.stream().map(r -> r.message().channel().name()).toArray(String[]::new),
						rows.stream().map(r -> r.message().recipient()).toArray(String[]::new),
						rows.stream().map(r -> r.message().subject()).toArray(String[]::new),
						rows.stream().map(r -> r.message().body()).toArray(String[]::new))
				.update();
	}

	/**
	 * Claims up to {@code limit} due deliveries for {@code lease}: pending, due, and not held by a live lease. One
	 * statement, so rows locked by another worker's claim are skipped, not waited for; the claim counts as an attempt,
	 * so a message that crashes its node every time still ends as FAILED.
	 */
	List<Claimed> claim(Instant now, Duration lease, int limit) {
		return jdbc.sql("""
				UPDATE notification.delivery SET lease_until = ?, attempts = attempts + 1
				WHERE id IN (SELECT id FROM notification.delivery
				             WHERE status = 'PENDING' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
				             ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
				RETURNING id, channel, recipient, subject, body, attempts, give_up_at""")
				.params(Timestamp.from(now.plus(lease)), Timestamp.from(now), Timestamp.from(now), limit)
				.query((rs, row) -> new Claimed(rs.getLong("id"), new Message(rs.getString("recipient"),
						Message.Channel.valueOf(rs.getString("channel")), rs.getString("subject"), rs.getString("body")),
						rs.getInt("attempts"), rs.getTimestamp("give_up_at") == null ? null : rs.getTimestamp("give_up_at").toInstant()))
				.list();
	}

	/** Records the success and erases the text; false when the row was no longer pending. */
	boolean markSent(long id, Instant now) {
		return jdbc.sql("""
				UPDATE notification.delivery SET status = 'SENT', sent_at = ?, lease_until = NULL, body = NULL, last_error = NULL
				WHERE id = ? AND status = 'PENDING'""").params(Timestamp.from(now), id).update() == 1;
	}

	/** Records a failed attempt: retried at {@code retryAt}, or FAILED (text erased) when {@code retryAt} is null. */
	void markAttemptFailed(long id, String error, Instant retryAt) {
		if (retryAt == null) {
			jdbc.sql("""
					UPDATE notification.delivery SET status = 'FAILED', lease_until = NULL, body = NULL, last_error = ?
					WHERE id = ? AND status = 'PENDING'""").params(error, id).update();
			return;
		}
		jdbc.sql("""
				UPDATE notification.delivery SET next_attempt_at = ?, lease_until = NULL, last_error = ?
				WHERE id = ? AND status = 'PENDING'""").params(Timestamp.from(retryAt), error, id).update();
	}

	/** Deliveries whose person lives under the area prefix (empty prefix: all), optionally of one status, newest first. */
	List<Status> inScope(String areaPrefix, String status, Long before, int limit) {
		return jdbc.sql("""
				SELECT id, person_id, area_path, kind, channel, recipient, status, attempts, last_error, created_at,
				       next_attempt_at, sent_at FROM notification.delivery
				WHERE (? = '' OR area_path LIKE ? || '%') AND (?::text IS NULL OR status = ?) AND id < ?
				ORDER BY id DESC LIMIT ?""")
				.params(areaPrefix, areaPrefix, status, status, before == null ? Long.MAX_VALUE : before, limit)
				.query(Deliveries::status).list();
	}

	int purge(Instant before) {
		return jdbc.sql("DELETE FROM notification.delivery WHERE created_at < ?").param(Timestamp.from(before)).update();
	}

	private static Status status(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		String status = rs.getString("status");
		return new Status(rs.getLong("id"), rs.getObject("person_id", UUID.class), rs.getString("area_path"),
				rs.getString("kind"), rs.getString("channel"), Recipients.mask(rs.getString("recipient")), status,
				rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				"PENDING".equals(status) ? rs.getTimestamp("next_attempt_at").toInstant() : null,
				sent == null ? null : sent.toInstant());
	}
}
