package vn.pccovid.testing.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.Permission;

/**
 * Individual positive results of persons of the caller's area, newest first: what epidemiologists act on until the
 * cases module turns each into an F0 record. Indexed by {@code sample_positives_by_person_area}; audited
 * ({@code SEARCH}) against every person listed, or as a miss.
 */
@Service
class Positives {

	private final JdbcClient jdbc;
	private final AuditLog auditLog;
	private final Clock clock;

	Positives(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * One positive.
	 *
	 * @param sampleId   the sample
	 * @param personId   registry id
	 * @param ward       the person's ward
	 * @param testType   the test
	 * @param ct         Ct or {@code null}
	 * @param takenAt    when taken
	 * @param resultedAt when decided
	 */
	record Positive(UUID sampleId, UUID personId, String ward, String testType, Double ct, Instant takenAt,
			Instant resultedAt) {
	}

	@Transactional
	List<Positive> recent(Actor actor, int days, String purpose) {
		actor.require(Permission.RESULT_READ);
		String recorded = actor.purpose(purpose);
		List<AuditSubject> subjects = new java.util.ArrayList<>();
		List<Positive> list = jdbc.sql("""
				SELECT id, person_id, person_path, test_type, ct, taken_at, resulted_at FROM testing.sample
				WHERE outcome = 'POSITIVE' AND pool_id IS NULL AND person_path LIKE ? || '%' AND resulted_at >= ?
				ORDER BY person_path, resulted_at DESC LIMIT 500""")
				.params(actor.scope().sqlPrefix(), Timestamp.from(clock.instant().minus(Duration.ofDays(days))))
				.query((rs, row) -> {
					BigDecimal ct = rs.getBigDecimal(5);
					AreaCode area = AreaCode.parsePath(rs.getString(3));
					subjects.add(new AuditSubject(rs.getObject(2, UUID.class), area));
					return new Positive(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), area.value(), rs.getString(4), ct == null ? null : ct.doubleValue(),
							rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant());
				}).list();
		if (list.isEmpty()) {
			auditLog.recordMiss(actor, AuditAction.SEARCH, recorded, PersonResults.WHAT, actor.scope().area());
		}
		else {
			auditLog.record(actor, AuditAction.SEARCH, recorded, PersonResults.WHAT, subjects);
		}
		return list;
	}
}
