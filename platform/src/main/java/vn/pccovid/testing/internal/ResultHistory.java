package vn.pccovid.testing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person's samples with what decides them, newest first: their own result, their pool's negative, or while a
 * positive pool's re-test order is open {@code RETEST_REQUIRED} with the order; once the re-test is decided the
 * pooled sample keeps its pool's result as {@code POOL_POSITIVE} (or {@code POOL_INVALID}) and the re-test's own row
 * says the individual result.
 */
@Repository
class ResultHistory {

	private final JdbcClient jdbc;

	ResultHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One row of the history.
	 *
	 * @param sampleId     the sample
	 * @param barcode      its label (the code for the lookup without an account)
	 * @param takenAt      when taken
	 * @param testType     RT_PCR or RAPID_ANTIGEN
	 * @param result       PENDING, POSITIVE, NEGATIVE, INVALID, RETEST_REQUIRED, POOL_POSITIVE or POOL_INVALID
	 * @param ct           Ct value, or absent
	 * @param site         the sampling site
	 * @param laboratory   the lab, or absent before receipt
	 * @param pooled       whether the sample went into a pool
	 * @param resultedAt   when decided, or absent
	 * @param retestOrder  where to go for the re-test, while it is required
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Item(UUID sampleId, String barcode, Instant takenAt, String testType, String result, Double ct, String site,
			String laboratory, boolean pooled, Instant resultedAt, RetestOrder retestOrder) {
	}

	/**
	 * An open re-test order.
	 *
	 * @param id      the order
	 * @param site    where to go
	 * @param hours   its opening hours
	 * @param ordered when ordered
	 */
	record RetestOrder(UUID id, String site, String hours, Instant ordered) {
	}

	List<Item> of(UUID personId, int limit) {
		return query("s.person_id = ?", personId, limit);
	}

	/** One sample's row, if it exists. */
	java.util.Optional<Item> one(UUID sampleId) {
		return query("s.id = ?", sampleId, 1).stream().findFirst();
	}

	private List<Item> query(String where, UUID id, int limit) {
		return jdbc.sql("""
				SELECT s.id, s.barcode, s.taken_at, s.test_type, s.outcome, s.ct, si.name,
				       coalesce(p.laboratory, s.laboratory), s.pool_id IS NOT NULL, p.outcome,
				       coalesce(s.resulted_at, p.resulted_at), r.id, r.fulfilled_by IS NULL, rs.name, rs.hours, r.created_at
				FROM testing.sample s
				JOIN testing.session se ON se.id = s.session_id JOIN testing.site si ON si.id = se.site_id
				LEFT JOIN testing.pool p ON p.id = s.pool_id
				LEFT JOIN testing.retest_order r ON r.sample_id = s.id
				LEFT JOIN testing.site rs ON rs.id = r.site_id
				WHERE\s""" + where + """
				\sORDER BY s.taken_at DESC, s.seq DESC LIMIT ?""")
				.params(id, limit)
				.query((rs, row) -> {
					String own = rs.getString(5);
					String pool = rs.getString(10);
					boolean pooled = rs.getBoolean(9);
					UUID order = rs.getObject(12, UUID.class);
					boolean open = order != null && rs.getBoolean(13);
					String result = own != null ? own
							: !pooled || pool == null ? "PENDING"
							: open ? "RETEST_REQUIRED" : "POOL_" + pool;
					BigDecimal ct = rs.getBigDecimal(6);
					java.sql.Timestamp resulted = rs.getTimestamp(11);
					return new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
							result, ct == null ? null : ct.doubleValue(), rs.getString(7), rs.getString(8), pooled,
							"PENDING".equals(result) || resulted == null ? null : resulted.toInstant(),
							open ? new RetestOrder(order, rs.getString(14), rs.getString(15), rs.getTimestamp(16).toInstant()) : null);
				}).list();
	}
}
