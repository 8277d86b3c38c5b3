package vn.pccovid.registry;

import java.util.List;
import java.util.function.Consumer;

import vn.pccovid.core.AreaCode;

/**
 * The residents of the demo province, for modules that generate their own demo data when
 * {@link DemoPopulationReady} arrives (declarations, check-ins, tests …). Demo mode only: it reads without audit,
 * because generated people are nobody.
 */
public interface DemoResidents {

	/**
	 * Hands every resident of the area to {@code batch}, in id order (so a generator seeded alike makes the same
	 * data), at most {@code size} at a time. Does nothing outside demo mode.
	 */
	void forEachBatch(AreaCode area, int size, Consumer<List<PersonSummary>> batch);
}
