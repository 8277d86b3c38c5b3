package vn.pccovid.vaccination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings as the citizen and the site see them; the deciding writes are in {@link BookingBatches}. */
@Repository
class Bookings {

	private final JdbcClient jdbc;

	Bookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Cancels the person's active booking and gives its place back, in the caller's transaction (the slot's row lock
	 * orders it with the committer's batches); the slot's id, or empty when there was no such active booking.
	 */
	Optional<UUID> cancel(UUID bookingId, UUID personId, Instant at) {
		Optional<UUID> slot = jdbc.sql("""
				UPDATE vaccination.booking SET status = 'CANCELLED', ended_at = ?
				WHERE id = ? AND person_id = ? AND status = 'ACTIVE' RETURNING slot_id""")
				.params(Timestamp.from(at), bookingId, personId).query(UUID.class).optional();
		slot.ifPresent(id -> jdbc.sql("UPDATE vaccination.slot SET booked = booked - 1 WHERE id = ?").param(id).update());
		return slot;
	}

	/** Marks the person's active booking of this dose used (the dose was given); its slot place stays taken. */
	Optional<UUID> use(UUID personId, int doseNumber, Instant at) {
		return jdbc.sql("""
				UPDATE vaccination.booking SET status = 'USED', ended_at = ?
				WHERE person_id = ? AND dose_number = ? AND status = 'ACTIVE' RETURNING id""")
				.params(Timestamp.from(at), personId, doseNumber).query(UUID.class).optional();
	}

	/** The person's active bookings with their slots and sites, soonest first. */
	List<BookedPlace> active(UUID personId) {
		return jdbc.sql("""
				SELECT b.id, b.dose_number, s.id, s.day, s.starts, s.ends, t.id, t.name
				FROM vaccination.booking b JOIN vaccination.slot s ON s.id = b.slot_id JOIN vaccination.site t ON t.id = s.site_id
				WHERE b.person_id = ? AND b.status = 'ACTIVE' ORDER BY s.day, s.starts""")
				.param(personId)
				.query((rs, row) -> new BookedPlace(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class),
						rs.getObject(7, UUID.class), rs.getString(8)))
				.list();
	}

	/** Active bookings on this day not yet reminded, at most {@code limit}. */
	List<Reminder> dueReminders(LocalDate day, int limit) {
		return jdbc.sql("""
				SELECT b.id, b.person_id, s.day, s.starts, t.name
				FROM vaccination.slot s JOIN vaccination.booking b ON b.slot_id = s.id AND b.status = 'ACTIVE' AND b.reminded_at IS NULL
				JOIN vaccination.site t ON t.id = s.site_id
				WHERE s.day = ? ORDER BY b.id LIMIT ?""")
				.params(day, limit)
				.query((rs, row) -> new Reminder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class), rs.getString(5)))
				.list();
	}

	void reminded(UUID bookingId, Instant at) {
		jdbc.sql("UPDATE vaccination.booking SET reminded_at = ? WHERE id = ?").params(Timestamp.from(at), bookingId).update();
	}

	/**
	 * A booking with its place.
	 *
	 * @param id         booking id
	 * @param doseNumber the dose
	 * @param slotId     slot
	 * @param date       day
	 * @param start      start
	 * @param end        end
	 * @param siteId     site
	 * @param siteName   site's name
	 */
	record BookedPlace(UUID id, int doseNumber, UUID slotId, LocalDate date, LocalTime start, LocalTime end, UUID siteId,
			String siteName) {
	}

	/**
	 * A reminder to send.
	 *
	 * @param booking  booking id
	 * @param person   registry id
	 * @param date     day
	 * @param start    start
	 * @param siteName site's name
	 */
	record Reminder(UUID booking, UUID person, LocalDate date, LocalTime start, String siteName) {
	}
}
