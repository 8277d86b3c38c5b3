package vn.pccovid.vaccination.internal;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.DemoPopulationReady;

/**
 * Demo data: a site in each of the province's first {@value #SITES} wards with slots for {@value #DAYS} days
 * (eight half-hour slots a morning, 40 places each), stock of two products per site, and a campaign plan for the
 * province. Generated once (when the module has no site), in one transaction, with randomness from the seed. No
 * bookings or doses are generated: the registry offers no bulk listing of its people to another module, and a demo
 * dose would have to publish {@code DoseAdministered} to be honest with certificates.
 */
@Component
class VaccinationDemo {

	private static final Logger log = LoggerFactory.getLogger(VaccinationDemo.class);
	static final int SITES = 12;
	static final int DAYS = 14;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final TransactionTemplate transactions;
	private final Clock clock;

	VaccinationDemo(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	@Order(300)
	void on(DemoPopulationReady ready) {
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM vaccination.site)").query(Boolean.class).single()) {
			return;
		}
		transactions.executeWithoutResult(status -> generate(ready));
	}

	private void generate(DemoPopulationReady ready) {
		SplittableRandom random = new SplittableRandom(ready.seed() ^ 0x5AC1L);
		LocalDate today = LocalDate.now(clock);
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> slots = new ArrayList<>();
		List<AreaCode> wards = ready.wards().subList(0, Math.min(SITES, ready.wards().size()));
		for (AreaCode ward : wards) {
			UUID site = new UUID(random.nextLong(), random.nextLong());
			jdbc.sql("INSERT INTO vaccination.site (id, name, area_path, created_at) VALUES (?, ?, ?, ?)")
					.params(site, "Trạm Y tế " + ward.value(), ward.path(), now).update();
			for (int day = 0; day < DAYS; day++) {
				for (int s = 0; s < 8; s++) {
					LocalTime start = LocalTime.of(7, 30).plusMinutes(30L * s);
					slots.add(new Object[] { new UUID(random.nextLong(), random.nextLong()), site, Date.valueOf(today.plusDays(day)),
							Time.valueOf(start), Time.valueOf(start.plusMinutes(30)), 40 });
				}
			}
			String[] products = { "ASTRAZENECA", "PFIZER" };
			for (String product : products) {
				int doses = 300 + random.nextInt(700);
				String lot = product.substring(0, 2) + (1000 + random.nextInt(9000));
				jdbc.sql("""
						INSERT INTO vaccination.stock_lot (site_id, product, lot, expires_on, received, balance) VALUES (?, ?, ?, ?, ?, ?)""")
						.params(site, product, lot, today.plusMonths(4), doses, doses).update();
				jdbc.sql("INSERT INTO vaccination.stock_movement (site_id, product, lot, kind, doses, at, by_actor) VALUES (?, ?, ?, 'RECEIPT', ?, ?, 'demo')")
						.params(site, product, lot, doses, now).update();
			}
		}
		template.batchUpdate("INSERT INTO vaccination.slot (id, site_id, day, starts, ends, capacity) VALUES (?, ?, ?, ?, ?, ?)", slots);
		UUID plan = new UUID(random.nextLong(), random.nextLong());
		jdbc.sql("INSERT INTO vaccination.plan (id, name, area_path, starts_on, ends_on, doses_per_week, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(plan, "Chiến dịch tiêm chủng mùa thu", ready.province().path(), today, today.plusDays(60), 20_000, now).update();
		for (AreaCode ward : wards) {
			jdbc.sql("INSERT INTO vaccination.plan_target (plan_id, ward_path, population) VALUES (?, ?, ?)")
					.params(plan, ward.path(), 5_000 + random.nextInt(15_000)).update();
		}
		log.info("Demo vaccination: {} sites with {} slots, stock and a campaign plan", wards.size(), slots.size());
	}
}
