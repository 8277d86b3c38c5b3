package vn.pccovid.vaccination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stock per site and lot, and the movements that changed it. Every decrease is one conditional UPDATE
 * ({@code balance >= n}), so concurrent draws never take a balance below zero; the table's CHECK backs it.
 */
@Repository
class StockLots {

	private final JdbcClient jdbc;

	StockLots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a receipt, creating the lot; false when the lot exists with another expiry date. */
	boolean receive(UUID siteId, String product, String lot, int doses, LocalDate expiresOn, String kindColumn) {
		return jdbc.sql("""
				INSERT INTO vaccination.stock_lot AS s (site_id, product, lot, expires_on, %1$s, balance)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (site_id, product, lot) DO UPDATE SET %1$s = s.%1$s + EXCLUDED.%1$s, balance = s.balance + EXCLUDED.balance
				WHERE s.expires_on = EXCLUDED.expires_on""".formatted(kindColumn))
				.params(siteId, product, lot, expiresOn, doses, doses).update() == 1;
	}

	/**
	 * Draws one dose for administration, opening a new vial when the open one is empty; false when the lot is
	 * unknown, empty or expired on {@code today}.
	 */
	boolean administerOne(UUID siteId, String product, String lot, int dosesPerVial, LocalDate today) {
		return jdbc.sql("""
				UPDATE vaccination.stock_lot SET balance = balance - 1, administered = administered + 1,
				    vials_opened = vials_opened + CASE WHEN opened_left = 0 THEN 1 ELSE 0 END,
				    opened_left = CASE WHEN opened_left = 0 THEN ? - 1 ELSE opened_left - 1 END
				WHERE site_id = ? AND product = ? AND lot = ? AND balance >= 1 AND expires_on >= ?""")
				.params(dosesPerVial, siteId, product, lot, today).update() == 1;
	}

	/** Takes doses out (waste or transfer); false when the lot is unknown or holds fewer. */
	boolean take(UUID siteId, String product, String lot, int doses, String kindColumn) {
		return jdbc.sql("UPDATE vaccination.stock_lot SET balance = balance - ?, %1$s = %1$s + ? WHERE site_id = ? AND product = ? AND lot = ? AND balance >= ?"
				.formatted(kindColumn)).params(doses, doses, siteId, product, lot, doses).update() == 1;
	}

	Optional<LocalDate> expiryOf(UUID siteId, String product, String lot) {
		return jdbc.sql("SELECT expires_on FROM vaccination.stock_lot WHERE site_id = ? AND product = ? AND lot = ?")
				.params(siteId, product, lot).query(LocalDate.class).optional();
	}

	void movement(UUID siteId, String product, String lot, String kind, int doses, String note, Instant at, String by) {
		jdbc.sql("INSERT INTO vaccination.stock_movement (site_id, product, lot, kind, doses, note, at, by_actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(siteId, product, lot, kind, doses, note, Timestamp.from(at), by).update();
	}

	List<StockLot> of(UUID siteId, LocalDate today) {
		return jdbc.sql("""
				SELECT product, lot, expires_on, received, administered, wasted, transferred_in, transferred_out, vials_opened, balance
				FROM vaccination.stock_lot WHERE site_id = ? ORDER BY product, expires_on, lot""")
				.param(siteId)
				.query((rs, row) -> new StockLot(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
						rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
						rs.getObject(3, LocalDate.class).isBefore(today)))
				.list();
	}
}
