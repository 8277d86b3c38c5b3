package vn.pccovid.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.cases.CaseLevel;
import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenSearch;
import vn.pccovid.registry.Citizens;
import vn.pccovid.registry.DemoPopulationReady;

/**
 * Demo data: a few F0s in random wards of the demo province, confirmed as a positive result would be, so that tracing
 * finds their contacts (from the demo check-ins when the check-in module is there, else from their households) and
 * the demo epidemiologist has runs to review. Only when the case table is empty; randomness from the demo's seed.
 */
@Component
class DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
	private static final int F0S = 6;

	private final Citizens citizens;
	private final CaseBook book;
	private final JdbcClient jdbc;
	private final Clock clock;

	DemoCases(Citizens citizens, CaseBook book, JdbcClient jdbc, Clock clock) {
		this.citizens = citizens;
		this.book = book;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Order(400)
	void on(DemoPopulationReady ready) {
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM cases.case_record)").query(Boolean.class).single() || ready.wards().isEmpty()) {
			return;
		}
		Random random = new Random(ready.seed() ^ 0xCA5E5L);
		// The generator reads like an epidemiologist of the province would; those reads are audited as "demo-cases".
		Actor generator = new Actor(Actor.Kind.STAFF, "demo-cases", "demo-cases", Set.of(Role.EPIDEMIOLOGIST), Scope.of(ready.province()));
		LocalDate today = LocalDate.now(clock.withZone(CaseBook.VIETNAM));
		List<String> opened = new ArrayList<>();
		for (int i = 0; i < F0S * 4 && opened.size() < F0S; i++) {
			AreaCode ward = ready.wards().get(random.nextInt(ready.wards().size()));
			List<Citizen> residents = citizens.search(generator, new CitizenSearch(null, ward.value(), null, 50)).items();
			if (residents.isEmpty()) {
				continue;
			}
			Citizen f0 = residents.get(random.nextInt(residents.size()));
			book.find(f0.id().value(), CaseLevel.F0, f0.area(), today.minusDays(random.nextInt(4)), null, "demo",
					"demo: positive RT-PCR");
			opened.add(ward.path());
		}
		log.info("Demo cases: {} F0s confirmed in {}", opened.size(), opened);
	}
}
