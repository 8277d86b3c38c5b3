package vn.pccovid.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaLevel;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/**
 * Fills an empty registry with a generated province when {@code pccovid.demo.province} is set, and opens the demo
 * staff accounts. Does nothing when citizens exist already; a lock keeps two nodes from loading twice.
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

	DemoProvince(DemoSettings settings, Areas areas, DemoAccounts accounts, DataSource dataSource, JdbcClient jdbc,
			TransactionTemplate transactions) {
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
			return;
		}
		Area province = areas.find(settings.province().strip()).filter(area -> area.level() == AreaLevel.PROVINCE)
				.orElseThrow(() -> new IllegalStateException("pccovid.demo.province: no province with code " + settings.province()));
		List<Area> wards = wardsOf(province);
		PopulationGenerator generator = new PopulationGenerator(new PopulationGenerator.Settings(settings.seed(),
				province.code().province(), settings.citizens(), wards, otherWards(province),
				areas.provinces().stream().map(area -> area.code().province()).toList()));
		Long loaded = transactions.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
			if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM registry.citizen)").query(Boolean.class).single()) {
				return null;
			}
			try {
				return PopulationLoader.load(DataSourceUtils.getConnection(dataSource), generator);
			}
			catch (Exception e) {
				throw new IllegalStateException("Could not load the demo population", e);
			}
		});
		if (loaded == null) {
			log.info("Demo: the registry has citizens already; no population generated");
		}
		else {
			log.info("Demo: {} citizens of {} generated (seed {})", loaded, province.name(), settings.seed());
		}
		accounts.open(province.code(), wards.get(0).code());
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
