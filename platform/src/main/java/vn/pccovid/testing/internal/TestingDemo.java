package vn.pccovid.testing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaCode;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.DemoPopulationReady;

/**
 * The demo province's sampling sites (one in each of up to 12 wards, chosen from the seed) and their sessions for
 * today, so that the sampling console and the laboratory have something to work with; then the residents' samples
 * of the last days ({@link DemoSamples}). Each part is generated once: sites when there are none, samples when there
 * are none (so an older demo database with sites only gets its samples).
 */
@Component
class TestingDemo {

	private static final Logger log = LoggerFactory.getLogger(TestingDemo.class);
	private static final String[] HOURS = { "07:00–17:00", "07:30–16:30", "06:30–11:30, 13:30–17:00" };

	private final SamplingSites sites;
	private final Areas areas;
	private final TransactionTemplate transactions;
	private final DemoSamples samples;
	private final Clock clock;

	TestingDemo(SamplingSites sites, DemoSamples samples, Areas areas, TransactionTemplate transactions, Clock clock) {
		this.sites = sites;
		this.samples = samples;
		this.areas = areas;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	@Order(200)
	void on(DemoPopulationReady demo) {
		if (!sites.anySite()) {
			generateSites(demo);
		}
		if (!samples.anySample()) {
			DemoSamples.Generated made = samples.generate(demo);
			log.info("Demo: {} samples, {} pools, {} positive results (through the result path)", made.samples(),
					made.pools(), made.positives());
		}
	}

	private void generateSites(DemoPopulationReady demo) {
		Random random = new Random(demo.seed() ^ 0x7e57L);
		List<AreaCode> wards = new ArrayList<>(demo.wards());
		java.util.Collections.shuffle(wards, random);
		List<AreaCode> chosen = wards.subList(0, Math.min(12, wards.size()));
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, SamplingSiteManagement.VIETNAM);
		transactions.executeWithoutResult(status -> {
			for (AreaCode ward : chosen) {
				String name = "Trạm Y tế " + areas.find(ward.value()).map(area -> area.name()).orElse(ward.value());
				SamplingSites.Site site = new SamplingSites.Site(UUID.randomUUID(), name, ward, HOURS[random.nextInt(HOURS.length)]);
				sites.addSite(site, now);
				sites.addSession(UUID.randomUUID(), site, today, now);
			}
		});
		log.info("Demo: {} sampling sites with today's sessions", chosen.size());
	}
}
