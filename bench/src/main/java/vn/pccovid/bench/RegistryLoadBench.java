package vn.pccovid.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import vn.pccovid.registry.internal.PopulationCopy;
import vn.pccovid.registry.internal.ValidCitizen;
import vn.pccovid.registry.internal.demo.PopulationGenerator;

/**
 * Bulk loading citizens into an empty registry: {@code COPY} of one million generated people and their households in
 * one transaction, indexes dropped before and built after (as the demo loader does), against the naive
 * baseline of one autocommit {@code INSERT} per row, every index live, for the next 20,000 people. Rows are
 * generated before the clock starts.
 */
final class RegistryLoadBench implements BenchCase {

	private static final int BASELINE_ROWS = 20_000;

	@Override
	public String name() {
		return "registry-load";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		if (RegistryPopulation.count(platform) > 0) {
			throw new IllegalStateException("registry-load needs an empty registry (run it before registry-verify)");
		}
		PopulationGenerator.Population population = RegistryPopulation
				.generator(platform, RegistryPopulation.CITIZENS + BASELINE_ROWS).generateAll();
		List<ValidCitizen> copied = population.citizens().subList(0, RegistryPopulation.CITIZENS);
		List<ValidCitizen> inserted = population.citizens().subList(RegistryPopulation.CITIZENS, population.citizens().size());
		DataSource dataSource = platform.getBean(DataSource.class);

		long started = System.nanoTime();
		double copySeconds;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			List<String> indexes = PopulationCopy.prepareEmptyLoad(connection);
			PopulationCopy.load(connection, population.households(), copied);
			copySeconds = (System.nanoTime() - started) / 1e9;
			PopulationCopy.rebuildIndexes(connection, indexes);
			connection.commit();
		}
		double totalSeconds = (System.nanoTime() - started) / 1e9;

		started = System.nanoTime();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("INSERT INTO registry.citizen ("
						+ "id, cccd, cmnd, full_name, name_key, date_of_birth, sex, phone, permanent_ward, permanent_address, "
						+ "current_ward, current_address, area_path, household_id, temporary_resident, homeless, shipper) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			connection.setAutoCommit(true);
			for (ValidCitizen c : inserted) {
				insert.setObject(1, c.id());
				insert.setString(2, c.cccd());
				insert.setString(3, c.cmnd());
				insert.setString(4, c.fullName());
				insert.setString(5, c.nameKey());
				insert.setObject(6, c.dateOfBirth());
				insert.setString(7, c.sex().name());
				insert.setString(8, c.phone());
				insert.setString(9, c.permanentWard());
				insert.setString(10, c.permanentAddress());
				insert.setString(11, c.currentWard());
				insert.setString(12, c.currentAddress());
				insert.setString(13, c.area().path());
				insert.setObject(14, c.householdId());
				insert.setBoolean(15, c.temporaryResident());
				insert.setBoolean(16, c.homeless());
				insert.setBoolean(17, c.shipper());
				insert.executeUpdate();
			}
		}
		double insertSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("registry-load: COPY %,d rows in %.1f s, with index builds and commit %.1f s; INSERT %,d rows in %.1f s%n",
				copied.size(), copySeconds, totalSeconds, inserted.size(), insertSeconds);
		return List.of(
				new Result("registry load, COPY phase: 1M citizens + households (indexes dropped, no WAL: table truncated in the load's transaction)",
						copied.size() / copySeconds, "citizens/s", "autocommit INSERT per row, all indexes (20k rows)",
						inserted.size() / insertSeconds, true),
				new Result("registry load end to end, durable: COPY + building PKs and 7 indexes (unique CCCD, trigram GIN …) + commit",
						copied.size() / totalSeconds, "citizens/s", "autocommit INSERT per row, all indexes (20k rows)",
						inserted.size() / insertSeconds, true));
	}
}
