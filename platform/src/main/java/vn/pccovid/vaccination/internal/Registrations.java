package vn.pccovid.vaccination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/** Registrations for vaccination and the priority groups they name. */
@Repository
class Registrations {

	private final JdbcClient jdbc;

	Registrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PriorityGroup> groups() {
		return jdbc.sql("SELECT code, rank, name_vi, name_en, province, min_age, area_prefix, needs_document FROM vaccination.priority_group ORDER BY rank, code")
				.query((rs, row) -> new PriorityGroup(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getString(5), (Integer) rs.getObject(6), rs.getString(7), rs.getBoolean(8)))
				.list();
	}

	/** Inserts the registration; false when the person was registered already. */
	boolean insert(UUID personId, AreaCode ward, String group, String channel, String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO vaccination.registration (person_id, area_path, priority_group, channel, registered_by, registered_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id) DO NOTHING""")
				.params(personId, ward.path(), group, channel, by, Timestamp.from(at)).update() == 1;
	}

	/** The registration's priority group, when the person is registered. */
	Optional<String> groupOf(UUID personId) {
		return jdbc.sql("SELECT priority_group FROM vaccination.registration WHERE person_id = ?").param(personId)
				.query(String.class).optional();
	}

	/**
	 * The number of the next dose to book for a registered person (doses recorded + 1), in one indexed look-up;
	 * empty when the person is not registered.
	 */
	Optional<Integer> nextDoseNumber(UUID personId) {
		return jdbc.sql("""
				SELECT 1 + COALESCE((SELECT max(dose_number) FROM vaccination.dose d WHERE d.person_id = r.person_id), 0)
				FROM vaccination.registration r WHERE r.person_id = ?""")
				.param(personId).query(Integer.class).optional();
	}
}
