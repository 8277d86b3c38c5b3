package vn.pccovid.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.people.ConsentRequest.Status;

/** The {@code people.consent_request} table: phones asking to act for adults who have a phone of their own. */
@Repository
class RequestRecords {

	/** One stored request. */
	record Request(UUID id, String requesterPhone, UUID personId, Status status, Instant createdAt) {
	}

	private static final String COLUMNS = "id, requester_phone, person_id, status, created_at";

	private final JdbcClient jdbc;

	RequestRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens a pending request unless one exists (the partial unique index settles races); answers whether it did. */
	boolean open(String phone, UUID personId, Instant at) {
		return jdbc.sql("""
				INSERT INTO people.consent_request (id, requester_phone, person_id, status, created_at)
				VALUES (?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING""")
				.params(UUID.randomUUID(), phone, personId, Timestamp.from(at)).update() == 1;
	}

	Optional<Request> pending(String phone, UUID personId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM people.consent_request WHERE requester_phone = ? AND person_id = ? AND status = 'PENDING'")
				.params(phone, personId).query(RequestRecords::request).optional();
	}

	List<Request> pendingOf(String phone) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM people.consent_request WHERE requester_phone = ? AND status = 'PENDING' ORDER BY created_at, id")
				.param(phone).query(RequestRecords::request).list();
	}

	List<Request> pendingFor(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM people.consent_request WHERE person_id = ANY(?) AND status = 'PENDING' ORDER BY created_at, id")
				.param(personIds.toArray(UUID[]::new)).query(RequestRecords::request).list();
	}

	/** The request, locked for a decision. */
	Optional<Request> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM people.consent_request WHERE id = ? FOR UPDATE").param(id)
				.query(RequestRecords::request).optional();
	}

	void decide(UUID id, Status status, Instant at) {
		jdbc.sql("UPDATE people.consent_request SET status = ?, decided_at = ? WHERE id = ? AND status = 'PENDING'")
				.params(status.name(), Timestamp.from(at), id).update();
	}

	boolean withdraw(String phone, UUID personId, Instant at) {
		return jdbc.sql("UPDATE people.consent_request SET status = 'DECLINED', decided_at = ? WHERE requester_phone = ? AND person_id = ? AND status = 'PENDING'")
				.params(Timestamp.from(at), phone, personId).update() > 0;
	}

	private static Request request(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
				Status.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant());
	}
}
