package vn.pccovid.registry;

import java.util.List;

import vn.pccovid.core.AreaCode;

/**
 * The demo province's population is in the registry (demo mode only, published at every start of a demo install,
 * outside any transaction, after the demo accounts are open). The seam through which every module adds its own
 * generated data: a module listens with a synchronous {@code @EventListener}, checks whether it generated its data
 * already (its own tables, not this flag: a module added later must fill an existing demo database), and writes in
 * its own transactions. Listeners run one after another, ordered by {@code @Order} (declarations and check-ins
 * before the modules that read them).
 *
 * @param province  the demo province
 * @param wards     its wards, in code order
 * @param seed      the generator's seed: derive the module's random numbers from it, so a demo is reproducible
 * @param generated whether the population was generated in this start (false: an existing demo database)
 */
public record DemoPopulationReady(AreaCode province, List<AreaCode> wards, long seed, boolean generated) {

	public DemoPopulationReady {
		wards = List.copyOf(wards);
	}
}
