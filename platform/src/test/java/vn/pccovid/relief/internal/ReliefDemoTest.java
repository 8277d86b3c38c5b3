package vn.pccovid.relief.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.DemoPopulationReady;
import vn.pccovid.relief.ReliefFixtures;
import vn.pccovid.relief.ReliefFixtures.Kind;
import vn.pccovid.support.PlatformTest;

/**
 * The demo seam: relief generates a programme with beneficiaries and payments from the demo population, through its
 * own rules; a start that finds a programme generates nothing again, and the journey's accounts are open.
 */
class ReliefDemoTest extends PlatformTest {

	static final AreaCode LIEU_GIAI = AreaCode.ward("01", "001", "00008");

	@Autowired
	ReliefDemo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts accounts;

	@Test
	void generatesAProgrammeWithBeneficiariesAndPaymentsOnce() {
		ReliefFixtures relief = new ReliefFixtures(http(), access());
		for (int i = 0; i < 10; i++) {
			relief.person(LIEU_GIAI, LocalDate.of(1990, 1, 1), i % 2 == 0 ? Kind.SHIPPER : Kind.PERMANENT);
		}
		relief.person(LIEU_GIAI, LocalDate.of(2015, 1, 1), Kind.PERMANENT);

		ReliefDemo.Summary summary = demo.generate(LIEU_GIAI.parent().parent(), List.of(LIEU_GIAI), 2021);
		assertThat(summary.proposed()).isGreaterThanOrEqualTo(5);
		assertThat(summary.approved()).isPositive();
		assertThat(summary.paid()).isPositive();
		assertThat(count("SELECT count(*) FROM relief.beneficiary WHERE programme_id = ?", summary.programme()))
				.isEqualTo(summary.proposed());
		assertThat(count("SELECT count(*) FROM relief.beneficiary WHERE programme_id = ? AND status = 'APPROVED'", summary.programme()))
				.isEqualTo(summary.approved());
		assertThat(count("SELECT count(*) FROM relief.payment WHERE programme_id = ?", summary.programme())).isEqualTo(summary.paid());
		assertThat(count("SELECT count(*) FROM relief.beneficiary b WHERE programme_id = ? AND birth_year > 2003", summary.programme()))
				.as("children fail the age rule").isZero();
		assertThat(http().get("/api/v1/relief/programmes/" + summary.programme() + "/public-list?ward=00008").json().get("items"))
				.hasSize(summary.approved());

		long programmes = count("SELECT count(*) FROM relief.programme", null);
		demo.on(new DemoPopulationReady(LIEU_GIAI.parent().parent(), List.of(LIEU_GIAI), 2021, false));
		assertThat(count("SELECT count(*) FROM relief.programme", null)).as("nothing generated twice").isEqualTo(programmes);
		assertThat(accounts.findByUsername("demo-relief-ward")).get().extracting(a -> a.scope().area()).isEqualTo(LIEU_GIAI);
		assertThat(accounts.findByUsername("demo-relief-district")).isPresent();
	}

	private long count(String sql, Object param) {
		var statement = jdbc.sql(sql);
		return (param == null ? statement : statement.param(param)).query(Long.class).single();
	}
}
