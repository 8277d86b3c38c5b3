package vn.pccovid.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.geo.Areas;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.PlatformTest;

/**
 * Demo mode on the shared test database, which holds citizens and accounts the demo did not make: it refuses to
 * start (after a loud banner), and outside demo mode any {@code demo-*} account stops working.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoModeGuardTest extends PlatformTest {

	@Autowired
	Areas areas;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	DemoInstall install;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void refusesToStartOnADatabaseHoldingDataItDidNotGenerateAndSaysLoudlyThatItIsADemo(CapturedOutput output) {
		access().account(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		long citizens = count("SELECT count(*) FROM registry.citizen");
		assertThatThrownBy(() -> demo("01").run(null)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Demo mode refused").hasMessageContaining("staff accounts such as");
		assertThat(count("SELECT count(*) FROM registry.citizen")).isEqualTo(citizens);
		assertThat(count("SELECT count(*) FROM registry.demo_install")).isZero();
		assertThat(staffAccounts.findByUsername("demo-registry-officer")).isEmpty();
		assertThat(output.getOut().lines().filter(line -> line.contains("WARN") && line.contains("DemoProvince")).count())
				.isGreaterThanOrEqualTo(5);
		assertThat(output.getOut()).contains("DEMO MODE").contains("PUBLISHED password");
	}

	@Test
	void outsideDemoModeEveryDemoAccountIsDisabled() {
		String demo = "demo-registry-officer-" + UUID.randomUUID().toString().substring(0, 8);
		staffAccounts.openAsPlatform(new NewStaffAccount(demo, "Demo", AccessFixtures.PASSWORD, Set.of(Role.REGISTRY_OFFICER), Scope.NATIONAL));
		String real = access().account(Role.REGISTRY_OFFICER, Scope.NATIONAL).username();
		assertThat(signIn(demo)).isEqualTo(200);

		demo(null).run(null);

		assertThat(signIn(demo)).isNotEqualTo(200);
		assertThat(signIn(real)).isEqualTo(200);
		assertThat(staffAccounts.findByUsername(demo).orElseThrow().locked()).isTrue();
	}

	private int signIn(String username) {
		return http().post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + AccessFixtures.PASSWORD + "\"}")
				.status();
	}

	private DemoProvince demo(String province) {
		return new DemoProvince(new DemoSettings(province, 1000, 1L), areas, demoAccounts, dataSource, jdbc, transactions, install, events);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
