package vn.pccovid.registry.internal.demo;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import vn.pccovid.registry.internal.CopyWriter;
import vn.pccovid.registry.internal.PopulationCopy;
import vn.pccovid.registry.internal.PopulationCopy.HouseholdRow;
import vn.pccovid.registry.internal.ValidCitizen;

/**
 * Streams a generated population into the registry with {@code COPY}: citizens as they are generated, then the
 * households (kept in memory meanwhile, a few bytes each). Runs on the caller's connection and transaction.
 */
public final class PopulationLoader {

	private PopulationLoader() {
	}

	/**
	 * Loads everything the generator makes into an empty registry, building the indexes after the {@code COPY}
	 * (see {@link PopulationCopy#prepareEmptyLoad}); answers the citizens loaded.
	 */
	public static long load(Connection connection, PopulationGenerator generator) throws Exception {
		List<String> indexes = PopulationCopy.prepareEmptyLoad(connection);
		long citizens = copy(connection, generator);
		PopulationCopy.rebuildIndexes(connection, indexes);
		return citizens;
	}

	/** The {@code COPY} alone, indexes maintained as rows arrive. */
	public static long copy(Connection connection, PopulationGenerator generator) throws Exception {
		List<HouseholdRow> households = new ArrayList<>();
		long citizens;
		try (CopyWriter copy = PopulationCopy.citizens(connection)) {
			generator.generate(new PopulationGenerator.Sink() {
				@Override
				public void household(HouseholdRow household) {
					households.add(household);
				}

				@Override
				public void citizen(ValidCitizen citizen) throws Exception {
					PopulationCopy.write(copy, citizen);
				}
			});
			citizens = copy.finish();
		}
		try (CopyWriter copy = PopulationCopy.households(connection)) {
			for (HouseholdRow household : households) {
				PopulationCopy.write(copy, household);
			}
			copy.finish();
		}
		return citizens;
	}
}
