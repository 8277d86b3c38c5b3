package vn.pccovid.testing.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;
import vn.pccovid.testing.TestOutcome;

/**
 * Writes results, set by set: one batched statement per kind of change, however many results a CSV holds (a batch
 * is one round trip to PostgreSQL, where a loop of single statements would be thousands).
 */
@Repository
class Outcomes {

	private final JdbcTemplate batch;
	private final JdbcClient jdbc;

	Outcomes(JdbcTemplate batch, JdbcClient jdbc) {
		this.batch = batch;
		this.jdbc = jdbc;
	}

	/** Records individual samples' results. */
	void decideSamples(List<Decision> decisions, Instant now) {
		Timestamp at = Timestamp.from(now);
		batch.batchUpdate("UPDATE testing.sample SET outcome = ?, ct = ?, resulted_at = ? WHERE id = ? AND outcome IS NULL",
				decisions.stream().map(d -> new Object[] { d.outcome().name(), ct(d.ct()), at, d.tube().id() }).toList());
	}

	/** Records pools' results. */
	void decidePools(List<Decision> decisions, Instant now) {
		Timestamp at = Timestamp.from(now);
		batch.batchUpdate("UPDATE testing.pool SET outcome = ?, ct = ?, resulted_at = ? WHERE id = ? AND outcome IS NULL",
				decisions.stream().map(d -> new Object[] { d.outcome().name(), ct(d.ct()), at, d.tube().id() }).toList());
	}

	/** A Ct as a typed parameter: a null of unknown type would cost the driver a look-up per row. */
	private static SqlParameterValue ct(Double ct) {
		return new SqlParameterValue(Types.NUMERIC, ct == null ? null : BigDecimal.valueOf(ct));
	}

	/**
	 * A member whose pool tested negative, now negative too.
	 *
	 * @param sampleId the member's sample
	 * @param poolId   its pool
	 * @param personId the person
	 * @param area     their ward
	 * @param takenAt  when the sample was taken
	 */
	record Member(UUID sampleId, UUID poolId, UUID personId, AreaCode area, Instant takenAt) {
	}

	/** Marks every member of these negative pools negative; answers the members changed. */
	List<Member> negativeMembers(List<UUID> poolIds, Instant now) {
		if (poolIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				UPDATE testing.sample SET outcome = 'NEGATIVE', resulted_at = ?
				WHERE pool_id = ANY (?) AND outcome IS NULL
				RETURNING id, pool_id, person_id, person_path, taken_at""")
				.params(Timestamp.from(now), poolIds.toArray(UUID[]::new))
				.query((rs, row) -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, UUID.class), AreaCode.parsePath(rs.getString(4)), rs.getTimestamp(5).toInstant()))
				.list();
	}

	/**
	 * An individual re-test a member of a positive pool must go to.
	 *
	 * @param id       the order
	 * @param sampleId the member's pooled sample
	 * @param poolId   the pool
	 * @param personId the person
	 * @param siteId   where to go (the pool's site)
	 */
	record RetestOrder(UUID id, UUID sampleId, UUID poolId, UUID personId, UUID siteId) {
	}

	/** Orders a re-test for every member of these pools (once per member); answers the orders created. */
	List<RetestOrder> orderRetests(List<UUID> poolIds, Instant now) {
		if (poolIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				INSERT INTO testing.retest_order (id, sample_id, person_id, pool_id, site_id, created_at)
				SELECT gen_random_uuid(), s.id, s.person_id, s.pool_id, se.site_id, ?
				FROM testing.sample s JOIN testing.session se ON se.id = s.session_id
				WHERE s.pool_id = ANY (?)
				ON CONFLICT (sample_id) DO NOTHING
				RETURNING id, sample_id, pool_id, person_id, site_id""")
				.params(Timestamp.from(now), poolIds.toArray(UUID[]::new))
				.query((rs, row) -> new RetestOrder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)))
				.list();
	}

	/** An individual positive or negative result fulfils the person's open re-test orders. */
	void fulfilRetests(List<Decision> individual) {
		List<Object[]> rows = new ArrayList<>();
		for (Decision d : individual) {
			if (d.outcome() != TestOutcome.INVALID) {
				rows.add(new Object[] { d.tube().id(), d.tube().personId(), Timestamp.from(d.tube().takenAt()) });
			}
		}
		if (!rows.isEmpty()) {
			batch.batchUpdate("""
					UPDATE testing.retest_order SET fulfilled_by = ?
					WHERE person_id = ? AND fulfilled_by IS NULL AND created_at <= ?""", rows);
		}
	}
}
