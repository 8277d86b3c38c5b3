package vn.pccovid.relief.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recorded payments. "Never twice" is the unique constraint {@code payment_once_per_payee_and_period}: one INSERT …
 * ON CONFLICT DO NOTHING RETURNING per attempt, no check before it, so racing cashiers cannot both succeed.
 */
@Repository
class Payments {

	private final JdbcClient jdbc;

	Payments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the payment; false when the payee was paid for that period already (nothing written). */
	boolean insert(Payment payment) {
		return jdbc.sql("""
				INSERT INTO relief.payment (id, programme_id, citizen_id, payee_key, period, amount, method, area_path, paid_by, paid_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT ON CONSTRAINT payment_once_per_payee_and_period DO NOTHING RETURNING id""")
				.params(payment.id(), payment.programmeId(), payment.citizenId(), payment.payeeKey(), payment.period(),
						payment.amount(), payment.method().name(), payment.areaPath(), payment.paidBy(), Timestamp.from(payment.paidAt()))
				.query(UUID.class).optional().isPresent();
	}

	/** The payment that holds the payee's place for the period. */
	Optional<Payment> find(UUID programme, String payeeKey, String period) {
		return jdbc.sql("SELECT * FROM relief.payment WHERE programme_id = ? AND payee_key = ? AND period = ?")
				.params(programme, payeeKey, period).query(Payments::map).optional();
	}

	/** Payments of the programme within the area prefix (a ward's for its bank file), optionally of one method and period. */
	List<Payment> inArea(UUID programme, String areaPrefix, String period, PaymentMethod method) {
		return jdbc.sql("""
				SELECT * FROM relief.payment WHERE programme_id = ? AND area_path LIKE ? || '%'
				AND (?::text IS NULL OR period = ?::text) AND (?::text IS NULL OR method = ?::text) ORDER BY area_path, period, paid_at, id""")
				.params(programme, areaPrefix, period, period, method == null ? null : method.name(),
						method == null ? null : method.name())
				.query(Payments::map).list();
	}

	/** Payments received by these people, or counting for their households, newest first. */
	List<Payment> ofCitizens(Collection<UUID> citizens) {
		return jdbc.sql("SELECT * FROM relief.payment WHERE citizen_id = ANY (?) ORDER BY paid_at DESC, id")
				.param(citizens.toArray(UUID[]::new)).query(Payments::map).list();
	}

	private static Payment map(ResultSet rs, int row) throws SQLException {
		return new Payment(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
				rs.getObject("citizen_id", UUID.class), rs.getString("payee_key"), rs.getString("period"), rs.getLong("amount"),
				PaymentMethod.valueOf(rs.getString("method")), rs.getString("area_path"), rs.getString("paid_by"),
				rs.getTimestamp("paid_at").toInstant());
	}
}
