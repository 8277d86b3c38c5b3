package vn.pccovid.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.relief.ReliefFixtures.BA_DINH;
import static vn.pccovid.relief.ReliefFixtures.HANOI;
import static vn.pccovid.relief.ReliefFixtures.PHUC_XA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.relief.ReliefFixtures.Kind;
import vn.pccovid.relief.ReliefFixtures.Person;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Cashiers racing: many threads pay the same person (and the same household through two members' lines, which the
 * list refuses already) for the same period at the same instant; exactly one succeeds, every other gets the 409.
 */
class ReliefPaymentRaceTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentDoublePaymentsNeverSucceed() throws Exception {
		ReliefFixtures relief = new ReliefFixtures(http(), access());
		String programme = relief.programme("PERSON", Map.of());
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Person person = relief.person(PHUC_XA, LocalDate.of(1985, 1, 1), Kind.PERMANENT);
			relief.listed(programme, PHUC_XA, person.cccd());
			people.add(person);
		}
		List<String> cashiers = List.of(access().bearer(Role.RELIEF_CASHIER, Scope.of(PHUC_XA)),
				access().bearer(Role.RELIEF_CASHIER, Scope.of(BA_DINH)), access().bearer(Role.RELIEF_CASHIER, Scope.of(HANOI)));
		int attemptsPerPerson = 12;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<Integer>> answers = new ArrayList<>();
		for (Person person : people) {
			for (int i = 0; i < attemptsPerPerson; i++) {
				String cashier = cashiers.get(i % cashiers.size());
				String method = List.of("CASH", "BANK", "EWALLET").get(i % 3);
				answers.add(pool.submit(() -> {
					start.await();
					Http.Response response = relief.pay(cashier, programme, person.cccd(), "2021-09", method);
					return response.status();
				}));
			}
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		assertThat(statuses).filteredOn(s -> s == 201).hasSize(people.size());
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(people.size() * (attemptsPerPerson - 1));
		assertThat(jdbc.sql("SELECT count(*) FROM relief.payment WHERE programme_id = ?::uuid").param(programme)
				.query(Long.class).single()).isEqualTo(people.size());
		assertThat(jdbc.sql("""
				SELECT count(*) FROM (SELECT 1 FROM relief.payment GROUP BY programme_id, payee_key, period HAVING count(*) > 1) d""")
				.query(Long.class).single()).as("double payments anywhere").isZero();
	}
}
