package vn.pccovid.relief.internal;

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

/**
 * The ward lists. A person is listed once per programme (primary key) and a household once per household
 * programme (unique payee key): both enforced by the database, so two officers proposing at once cannot list twice.
 */
@Repository
class Beneficiaries {

	private final JdbcClient jdbc;

	Beneficiaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Lists the person; false when they or their household are listed already (nothing written). */
	boolean insert(UUID programme, PersonFacts person, String payeeKey, String maskedName, String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO relief.beneficiary (programme_id, citizen_id, payee_key, masked_name, birth_year, area_path, status,
				    proposed_by, proposed_at)
				VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?) ON CONFLICT DO NOTHING""")
				.params(programme, person.id(), payeeKey, maskedName, person.dateOfBirth().getYear(), person.area().path(), by,
						Timestamp.from(at))
				.update() == 1;
	}

	Optional<Beneficiary> find(UUID programme, UUID citizen) {
		return jdbc.sql("SELECT * FROM relief.beneficiary WHERE programme_id = ? AND citizen_id = ?").params(programme, citizen)
				.query(Beneficiaries::map).optional();
	}

	Optional<Beneficiary> findByPayee(UUID programme, String payeeKey) {
		return jdbc.sql("SELECT * FROM relief.beneficiary WHERE programme_id = ? AND payee_key = ?").params(programme, payeeKey)
				.query(Beneficiaries::map).optional();
	}

	/** Approves a proposed line; false when it was approved already. */
	boolean approve(UUID programme, UUID citizen, String by, Instant at) {
		return jdbc.sql("""
				UPDATE relief.beneficiary SET status = 'APPROVED', approved_by = ?, approved_at = ?
				WHERE programme_id = ? AND citizen_id = ? AND status = 'PROPOSED'""")
				.params(by, Timestamp.from(at), programme, citizen).update() == 1;
	}

	/** Lines of the programme within the area prefix, optionally of one status, after a position, in proposal order. */
	List<Beneficiary> list(UUID programme, String areaPrefix, Beneficiary.Status status, long after, int limit) {
		return jdbc.sql("""
				SELECT * FROM relief.beneficiary
				WHERE programme_id = ? AND area_path LIKE ? || '%' AND (?::text IS NULL OR status = ?::text) AND position > ?
				ORDER BY position LIMIT ?""")
				.params(programme, areaPrefix, status == null ? null : status.name(), status == null ? null : status.name(), after, limit)
				.query(Beneficiaries::map).list();
	}

	/** Every line about these people, any programme. */
	List<Beneficiary> ofCitizens(Collection<UUID> citizens) {
		return jdbc.sql("SELECT * FROM relief.beneficiary WHERE citizen_id = ANY (?) ORDER BY position")
				.param(citizens.toArray(UUID[]::new)).query(Beneficiaries::map).list();
	}

	private static Beneficiary map(ResultSet rs, int row) throws SQLException {
		return new Beneficiary(rs.getObject("programme_id", UUID.class), rs.getObject("citizen_id", UUID.class),
				rs.getString("payee_key"), rs.getString("masked_name"), rs.getInt("birth_year"), rs.getString("area_path"),
				Beneficiary.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"), rs.getString("approved_by"),
				rs.getLong("position"));
	}
}
