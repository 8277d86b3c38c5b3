package vn.pccovid.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaLevel;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.DemoPopulationReady;

/**
 * Fills an empty registry with a generated province when {@code pccovid.demo.province} is set, and opens the demo
 * staff accounts; refuses to start on a database holding data the demo did not generate ({@link DemoInstall}).
 * Without the setting, disables any demo accounts. A lock keeps two nodes from loading twice.
 */
@Component
class DemoProvince implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);
	private static final long LOCK = 0x7265676973747279L;

	private final DemoSettings settings;
	private final Areas areas;
	private final DemoAccounts accounts;
	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final DemoInstall install;
	private final ApplicationEventPublisher events;

	DemoProvince(DemoSettings settings, Areas areas, DemoAccounts accounts, DataSource dataSource, JdbcClient jdbc,
			TransactionTemplate transactions, DemoInstall install, ApplicationEventPublisher events) {
		this.install = install;
		this.events = events;
		this.settings = settings;
		this.areas = areas;
		this.accounts = accounts;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled()) {
			DemoInstall.Left left = transactions.execute(status -> {
				lock();
				return install.leave();
			});
			if (left.wasDemo() || !left.disabled().isEmpty()) {
				log.warn("Demo mode is off: demo accounts disabled {}; this database can no longer run the demo", left.disabled());
			}
			return;
		}
		Area province = areas.find(settings.province().strip()).filter(area -> area.level() == AreaLevel.PROVINCE)
				.orElseThrow(() -> new IllegalStateException("pccovid.demo.province: no province with code " + settings.province()));
		banner(province);
		List<Area> wards = wardsOf(province);
		PopulationGenerator generator = new PopulationGenerator(new PopulationGenerator.Settings(settings.seed(),
				province.code().province(), settings.citizens(), wards, otherWards(province),
				areas.provinces().stream().map(area -> area.code().province()).toList()));
		Long loaded = transactions.execute(status -> {
			lock();
			if (install.isMarked()) {
				accounts.open(province.code(), wards.get(0).code());
				return null;
			}
			install.foreignData().ifPresent(foreign -> {
				throw new IllegalStateException("Demo mode refused: this database holds data the demo did not generate ("
						+ foreign + "). The demo opens accounts with a published password; run it only on a new, empty "
						+ "data directory, and never on a real deployment. Remove pccovid.demo.province to start normally.");
			});
			long citizens;
			try {
				citizens = PopulationLoader.load(DataSourceUtils.getConnection(dataSource), generator);
			}
			catch (Exception e) {
				throw new IllegalStateException("Could not load the demo population", e);
			}
			install.mark(province.code().province(), settings.seed(), citizens, accounts.open(province.code(), wards.get(0).code()));
			return citizens;
		});
		if (loaded == null) {
			log.info("Demo: this database is a demo already; no population generated");
		}
		else {
			log.info("Demo: {} citizens of {} generated (seed {})", loaded, province.name(), settings.seed());
		}
		// Outside the loading transaction: each module generates its own demo data in its own transactions, and
		// only when it has none yet, so a module added later fills an existing demo database at its next start.
		events.publishEvent(new DemoPopulationReady(province.code(), wards.stream().map(Area::code).toList(),
				settings.seed(), loaded != null));
	}

	private void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
	}

	/** Several lines, so that nobody mistakes a demo for a real deployment in the log. */
	private static void banner(Area province) {
		String line = "*".repeat(100);
		log.warn(line);
		log.warn("*** DEMO MODE (pccovid.demo.province={}, {}): GENERATED PEOPLE, NOT A REAL DEPLOYMENT", province.code().province(), province.name());
		log.warn("*** Staff accounts demo-* are open with the PUBLISHED password '{}'.", DemoAccounts.PASSWORD);
		log.warn("*** Never enable this on a database with real data; the platform refuses to, and starting");
		log.warn("*** without pccovid.demo.province disables every demo-* account for good.");
		log.warn(line);
	}

	private List<Area> wardsOf(Area province) {
		List<Area> wards = new ArrayList<>();
		for (Area district : areas.childrenOf(province)) {
			wards.addAll(areas.childrenOf(district));
		}
		return wards;
	}

	/** The first ward of every district of the other provinces: permanent homes of temporary residents. */
	private List<Area> otherWards(Area home) {
		List<Area> wards = new ArrayList<>();
		for (Area province : areas.provinces()) {
			if (!province.equals(home)) {
				for (Area district : areas.childrenOf(province)) {
					areas.childrenOf(district).stream().findFirst().ifPresent(wards::add);
				}
			}
		}
		return wards;
	}
}
