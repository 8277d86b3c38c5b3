package vn.pccovid.vaccination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's visit to a site on one day: checked in, screened, vaccinated, observed. */
@Repository
class Visits {

	private final JdbcClient jdbc;

	Visits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The visit of the person at the site on the day, created as CHECKED_IN when there is none. */
	Visit checkIn(UUID personId, UUID siteId, LocalDate day, Instant at) {
		jdbc.sql("""
				INSERT INTO vaccination.visit (id, person_id, site_id, day, status, checked_in_at) VALUES (?, ?, ?, ?, 'CHECKED_IN', ?)
				ON CONFLICT (person_id, site_id, day) DO NOTHING""")
				.params(UUID.randomUUID(), personId, siteId, day, Timestamp.from(at)).update();
		return find(personId, siteId, day).orElseThrow();
	}

	Optional<Visit> find(UUID personId, UUID siteId, LocalDate day) {
		return jdbc.sql(SELECT + " WHERE person_id = ? AND site_id = ? AND day = ?").params(personId, siteId, day)
				.query(Visits::visit).optional();
	}

	Optional<Visit> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Visits::visit).optional();
	}

	void screened(UUID id, String status, String deferral, Instant at) {
		jdbc.sql("UPDATE vaccination.visit SET status = ?, deferral = ?, screened_at = ? WHERE id = ?")
				.params(status, deferral, Timestamp.from(at), id).update();
	}

	void vaccinated(UUID id, UUID doseId, Instant observeUntil) {
		jdbc.sql("UPDATE vaccination.visit SET status = 'VACCINATED', dose_id = ?, observe_until = ? WHERE id = ?")
				.params(doseId, Timestamp.from(observeUntil), id).update();
	}

	/** Visits at the site whose observation ends after {@code now}, soonest end first. */
	List<Visit> underObservation(UUID siteId, Instant now) {
		return jdbc.sql(SELECT + " WHERE site_id = ? AND status = 'VACCINATED' AND observe_until > ? ORDER BY observe_until")
				.params(siteId, Timestamp.from(now)).query(Visits::visit).list();
	}

	private static final String SELECT = "SELECT id, person_id, site_id, day, status, deferral, dose_id, observe_until FROM vaccination.visit";

	private static Visit visit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp until = rs.getTimestamp(8);
		return new Visit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
				until == null ? null : until.toInstant());
	}

	/**
	 * A visit.
	 *
	 * @param id           id
	 * @param person       registry id
	 * @param site         site
	 * @param day          day
	 * @param status       CHECKED_IN, CLEARED, DEFERRED or VACCINATED
	 * @param deferral     the screening answers that deferred, comma-separated, or {@code null}
	 * @param dose         the dose given, or {@code null}
	 * @param observeUntil end of the observation after the dose, or {@code null}
	 */
	record Visit(UUID id, UUID person, UUID site, LocalDate day, String status, String deferral, UUID dose,
			Instant observeUntil) {
	}
}
