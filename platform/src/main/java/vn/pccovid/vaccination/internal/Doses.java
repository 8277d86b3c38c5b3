package vn.pccovid.vaccination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;
import vn.pccovid.vaccination.AdministeredDose;

/** The doses people received (one row per person and dose number). */
@Repository
class Doses {

	private final JdbcClient jdbc;

	Doses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's doses, oldest first. */
	List<AdministeredDose> of(UUID personId) {
		return jdbc.sql("""
				SELECT id, product, lot, dose_number, series_doses, administered_on, site_name
				FROM vaccination.dose WHERE person_id = ? ORDER BY dose_number""")
				.param(personId)
				.query((rs, row) -> new AdministeredDose(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getInt(4), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
				.list();
	}

	/**
	 * Inserts the dose; false when the person already has a dose with this number (a concurrent recording).
	 *
	 * @param source SITE, LEGACY or DEMO
	 */
	boolean insert(UUID personId, AreaCode ward, int birthYear, AdministeredDose dose, UUID siteId, String vaccinator,
			String source, Instant at) {
		return jdbc.sql("""
				INSERT INTO vaccination.dose (id, person_id, area_path, birth_year, product, lot, dose_number, series_doses,
				    administered_on, site_id, site_name, vaccinator, source, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, dose_number) DO NOTHING""")
				.params(dose.dose(), personId, ward.path(), birthYear, dose.product(), dose.lot(), dose.doseNumber(),
						dose.seriesDoses(), dose.administeredOn(), siteId, dose.site(), vaccinator, source, Timestamp.from(at))
				.update() == 1;
	}

	/** The site and person of a dose, for adverse events. */
	java.util.Optional<DoseOwner> owner(UUID doseId) {
		return jdbc.sql("SELECT person_id, area_path, site_id FROM vaccination.dose WHERE id = ?").param(doseId)
				.query((rs, row) -> new DoseOwner(rs.getObject(1, UUID.class), AreaCode.parsePath(rs.getString(2)),
						rs.getObject(3, UUID.class)))
				.optional();
	}

	void adverseEvent(UUID id, UUID doseId, String severity, String description, Instant at, String by) {
		jdbc.sql("INSERT INTO vaccination.adverse_event (id, dose_id, severity, description, observed_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, doseId, severity, description, Timestamp.from(at), by).update();
	}

	/**
	 * Whose dose it is and where it was given.
	 *
	 * @param person registry id
	 * @param ward   the person's ward when recorded
	 * @param site   the site, or {@code null} for an imported dose
	 */
	record DoseOwner(UUID person, AreaCode ward, UUID site) {
	}
}
