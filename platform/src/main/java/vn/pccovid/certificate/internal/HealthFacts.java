package vn.pccovid.certificate.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.testing.TestType;

/**
 * The facts the COVID card is computed from ({@code certificate.dose}, {@code negative_test}, {@code recovery}), as
 * the vaccination, testing and cases events reported them. Inserts are idempotent on the source's id.
 */
@Repository
class HealthFacts {

	/** A dose. */
	record Dose(UUID doseId, UUID personId, String product, int doseNumber, int seriesDoses, LocalDate administeredOn) {

		boolean completesSeries() {
			return doseNumber >= seriesDoses;
		}
	}

	/** A negative test. */
	record NegativeTest(UUID sampleId, UUID personId, TestType testType, Instant takenAt) {
	}

	/** A recovery. */
	record Recovery(UUID caseId, UUID personId, LocalDate firstPositiveOn, LocalDate recoveredOn) {
	}

	/** Everything known about one person. */
	record Of(List<Dose> doses, List<NegativeTest> tests, List<Recovery> recoveries) {
	}

	private final JdbcClient jdbc;

	HealthFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the dose was new. */
	boolean add(Dose d, String province) {
		return jdbc.sql("INSERT INTO certificate.dose (dose_id, person_id, province, product, dose_number, series_doses, administered_on) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dose_id) DO NOTHING")
				.params(d.doseId(), d.personId(), province, d.product(), d.doseNumber(), d.seriesDoses(), Date.valueOf(d.administeredOn()))
				.update() == 1;
	}

	boolean add(NegativeTest t, String province, Instant resultedAt, String site) {
		return jdbc.sql("INSERT INTO certificate.negative_test (sample_id, person_id, province, test_type, taken_at, resulted_at, site) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sample_id) DO NOTHING")
				.params(t.sampleId(), t.personId(), province, t.testType().name(), Timestamp.from(t.takenAt()),
						Timestamp.from(resultedAt), site == null ? "" : site)
				.update() == 1;
	}

	boolean add(Recovery r, String province) {
		return jdbc.sql("INSERT INTO certificate.recovery (case_id, person_id, province, first_positive_on, recovered_on) "
				+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING")
				.params(r.caseId(), r.personId(), province, Date.valueOf(r.firstPositiveOn()), Date.valueOf(r.recoveredOn()))
				.update() == 1;
	}

	Of of(UUID person) {
		List<Dose> doses = jdbc.sql("SELECT dose_id, person_id, product, dose_number, series_doses, administered_on "
				+ "FROM certificate.dose WHERE person_id = ? ORDER BY administered_on, dose_number").param(person)
				.query((rs, n) -> new Dose(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getInt(4), rs.getInt(5), rs.getDate(6).toLocalDate()))
				.list();
		List<NegativeTest> tests = jdbc.sql("SELECT sample_id, person_id, test_type, taken_at FROM certificate.negative_test "
				+ "WHERE person_id = ? ORDER BY taken_at DESC LIMIT 20").param(person)
				.query((rs, n) -> new NegativeTest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						TestType.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()))
				.list();
		List<Recovery> recoveries = jdbc.sql("SELECT case_id, person_id, first_positive_on, recovered_on FROM certificate.recovery "
				+ "WHERE person_id = ? ORDER BY recovered_on").param(person)
				.query((rs, n) -> new Recovery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()))
				.list();
		return new Of(doses, tests, recoveries);
	}

	/** Whether the demo (or anything) recorded facts already. */
	boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM certificate.dose) OR EXISTS (SELECT 1 FROM certificate.issued)")
				.query(Boolean.class).single();
	}
}
