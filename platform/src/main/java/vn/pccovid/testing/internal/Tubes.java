package vn.pccovid.testing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;
import vn.pccovid.testing.TestOutcome;
import vn.pccovid.testing.TestType;

/** The {@code testing.sample} and {@code testing.pool} tables: tubes by barcode, new samples and pools, receipt. */
@Repository
class Tubes {

	private static final String SAMPLE_COLUMNS = """
			SELECT s.id, s.barcode, false, s.pool_id, s.person_id, s.person_path, s.test_type, s.site_path, si.id, si.name,
			       s.taken_at, coalesce(p.received_at, s.received_at), coalesce(p.laboratory, s.laboratory), s.outcome, s.ct, 0
			FROM testing.sample s JOIN testing.session se ON se.id = s.session_id JOIN testing.site si ON si.id = se.site_id
			LEFT JOIN testing.pool p ON p.id = s.pool_id""";
	private static final String POOL_COLUMNS = """
			SELECT p.id, p.barcode, true, NULL::uuid, NULL::uuid, NULL, p.test_type, p.site_path, si.id, si.name,
			       p.taken_at, p.received_at, p.laboratory, p.outcome, p.ct, p.members
			FROM testing.pool p JOIN testing.session se ON se.id = p.session_id JOIN testing.site si ON si.id = se.site_id""";

	private final JdbcClient jdbc;

	Tubes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tube with this barcode, locked for the caller's transaction when {@code lock}. */
	Optional<Tube> find(String barcode, boolean lock) {
		String sql = (Barcodes.isPool(barcode) ? POOL_COLUMNS + " WHERE p.barcode = ?" : SAMPLE_COLUMNS + " WHERE s.barcode = ?")
				+ (lock ? (Barcodes.isPool(barcode) ? " FOR UPDATE OF p" : " FOR UPDATE OF s") : "");
		return jdbc.sql(sql).param(barcode).query(Tubes::tube).optional();
	}

	/** The tubes with these barcodes (samples and pools), locked for the caller's transaction. */
	List<Tube> findAll(Collection<String> barcodes) {
		List<String> pools = barcodes.stream().filter(Barcodes::isPool).toList();
		List<String> samples = barcodes.stream().filter(b -> !Barcodes.isPool(b)).toList();
		List<Tube> found = new ArrayList<>();
		if (!samples.isEmpty()) {
			found.addAll(jdbc.sql(SAMPLE_COLUMNS + " WHERE s.barcode = ANY (?) FOR UPDATE OF s")
					.param(samples.toArray(String[]::new)).query(Tubes::tube).list());
		}
		if (!pools.isEmpty()) {
			found.addAll(jdbc.sql(POOL_COLUMNS + " WHERE p.barcode = ANY (?) FOR UPDATE OF p")
					.param(pools.toArray(String[]::new)).query(Tubes::tube).list());
		}
		return found;
	}

	/** The pool with this id, locked (to count its members safely). */
	Optional<Tube> pool(UUID id) {
		return jdbc.sql(POOL_COLUMNS + " WHERE p.id = ? FOR UPDATE OF p").param(id).query(Tubes::tube).optional();
	}

	void addPool(UUID id, String barcode, UUID sessionId, TestType type, AreaCode site, Instant now, LocalDate day) {
		jdbc.sql("""
				INSERT INTO testing.pool (id, barcode, session_id, test_type, site_path, taken_at, taken_on)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, barcode, sessionId, type.name(), site.path(), Timestamp.from(now), day).update();
	}

	void addSample(UUID id, String barcode, UUID personId, AreaCode personArea, UUID sessionId, UUID poolId, TestType type,
			AreaCode site, Instant now, LocalDate day) {
		jdbc.sql("""
				INSERT INTO testing.sample (id, barcode, person_id, person_path, session_id, pool_id, test_type, site_path,
				    taken_at, taken_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, barcode, personId, personArea.path(), sessionId, poolId, type.name(), site.path(),
						Timestamp.from(now), day)
				.update();
		if (poolId != null) {
			jdbc.sql("UPDATE testing.pool SET members = members + 1 WHERE id = ?").param(poolId).update();
		}
	}

	/** Whether the person already has a sample in this pool. */
	boolean inPool(UUID poolId, UUID personId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM testing.sample WHERE pool_id = ? AND person_id = ?)")
				.params(poolId, personId).query(Boolean.class).single();
	}

	void receive(Tube tube, String laboratory, Instant now) {
		jdbc.sql("UPDATE testing." + (tube.pool() ? "pool" : "sample") + " SET received_at = ?, laboratory = ? WHERE id = ? AND received_at IS NULL")
				.params(Timestamp.from(now), laboratory, tube.id()).update();
	}

	static Tube tube(ResultSet rs, int row) throws SQLException {
		Timestamp received = rs.getTimestamp(12);
		String outcome = rs.getString(14);
		BigDecimal ct = rs.getBigDecimal(15);
		String personPath = rs.getString(6);
		return new Tube(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), rs.getObject(4, UUID.class),
				rs.getObject(5, UUID.class), personPath == null ? null : AreaCode.parsePath(personPath),
				TestType.valueOf(rs.getString(7)), AreaCode.parsePath(rs.getString(8)), rs.getObject(9, UUID.class),
				rs.getString(10), rs.getTimestamp(11).toInstant(), received == null ? null : received.toInstant(),
				rs.getString(13), outcome == null ? null : TestOutcome.valueOf(outcome), ct == null ? null : ct.doubleValue(),
				rs.getInt(16));
	}

	/** The labels of a session: its pools, then its samples, in the order they were taken. */
	List<LabelSheet.Label> labels(UUID sessionId) {
		return jdbc.sql("""
				SELECT barcode, test_type, true, taken_at FROM testing.pool WHERE session_id = ?
				UNION ALL
				SELECT barcode, test_type, false, taken_at FROM testing.sample WHERE session_id = ?
				ORDER BY 4, 1 LIMIT 5000""")
				.params(sessionId, sessionId)
				.query((rs, row) -> new LabelSheet.Label(rs.getString(1), rs.getString(2), rs.getBoolean(3),
						rs.getTimestamp(4).toInstant()))
				.list();
	}

	/**
	 * A tube of a session as the sampling page lists it (no name: the label is all a tube shows).
	 *
	 * @param barcode     the label
	 * @param testType    the test
	 * @param pool        whether it is a pool's tube
	 * @param poolBarcode a member's pool, or {@code null}
	 * @param members     a pool's members
	 * @param takenAt     when taken
	 * @param status      PENDING, RECEIVED or the result
	 */
	record Listed(String barcode, String testType, boolean pool, String poolBarcode, int members, Instant takenAt,
			String status) {
	}

	/** The newest tubes of a session. */
	List<Listed> ofSession(UUID sessionId, int limit) {
		return jdbc.sql("""
				SELECT p.barcode, p.test_type, true, NULL, p.members, p.taken_at,
				       coalesce(p.outcome, CASE WHEN p.received_at IS NULL THEN 'PENDING' ELSE 'RECEIVED' END)
				FROM testing.pool p WHERE p.session_id = ?
				UNION ALL
				SELECT s.barcode, s.test_type, false, p.barcode, 0, s.taken_at,
				       coalesce(s.outcome, p.outcome, CASE WHEN coalesce(p.received_at, s.received_at) IS NULL THEN 'PENDING' ELSE 'RECEIVED' END)
				FROM testing.sample s LEFT JOIN testing.pool p ON p.id = s.pool_id WHERE s.session_id = ?
				ORDER BY 6 DESC, 1 LIMIT ?""")
				.params(sessionId, sessionId, limit)
				.query((rs, row) -> new Listed(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
						rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
				.list();
	}
}
