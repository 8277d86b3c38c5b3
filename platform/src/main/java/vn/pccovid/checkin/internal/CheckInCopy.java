package vn.pccovid.checkin.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import vn.pccovid.checkin.CheckInChannel;

/**
 * Streams check-ins into {@code checkin.checkin} with {@code COPY … FROM STDIN} (text format; PostgreSQL routes each
 * row to its day partition, which must exist), in 256 KB chunks, on the caller's connection and so in its
 * transaction. No idempotency check and no events of its own: the demo uses it as it is, the group commit
 * ({@link CheckInRecords#insert}) inside a savepoint with a fallback. Every field is a UUID, an ISO date or instant or an
 * enum name, so nothing needs escaping.
 */
final class CheckInCopy {

	private static final int CHUNK = 256 * 1024;

	private final CopyIn copy;
	private final StringBuilder buffer = new StringBuilder(CHUNK + 512);

	CheckInCopy(Connection connection) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY checkin.checkin (event_id, day, at, venue_id, person_id, via) FROM STDIN");
	}

	void add(UUID eventId, Instant at, UUID venueId, UUID personId, CheckInChannel via) throws SQLException {
		buffer.append(eventId).append('\t').append(CheckInRow.dayOf(at)).append('\t').append(at).append('\t')
				.append(venueId).append('\t').append(personId).append('\t').append(via.name()).append('\n');
		if (buffer.length() >= CHUNK) {
			flush();
		}
	}

	/** Sends what is buffered and ends the COPY; answers the rows the server took. */
	long finish() throws SQLException {
		flush();
		return copy.endCopy();
	}

	/** Ends a COPY that failed part-way, so the connection can go on (to a savepoint's rollback, say). */
	void cancel() {
		try {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException e) {
			// Already ended by the server's error: nothing left to cancel.
		}
	}

	private void flush() throws SQLException {
		if (!buffer.isEmpty()) {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}
	}
}
