package vn.pccovid.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import vn.pccovid.core.AreaCode;

/**
 * The residents of the demo province, for modules that generate their own demo data when
 * {@link DemoPopulationReady} arrives (declarations, check-ins, permits, tests …). Demo mode only: it reads without
 * audit, because generated people are nobody; outside demo mode it finds nobody, so no module can list an area's real
 * residents through it.
 */
public interface DemoResidents {

	/**
	 * Hands every resident of the area to {@code batch}, in id order (so a generator seeded alike makes the same
	 * data), at most {@code size} at a time. Does nothing outside demo mode.
	 */
	void forEachBatch(AreaCode area, int size, Consumer<List<PersonSummary>> batch);

	/**
	 * The first {@code limit} residents of the area in id order (only those flagged as shippers when
	 * {@code shippersOnly}); empty outside demo mode. The registry answers with one indexed query; this default, for
	 * test doubles that only implement {@link #forEachBatch}, reads them all and knows no shippers.
	 */
	default List<PersonSummary> first(AreaCode area, boolean shippersOnly, int limit) {
		if (shippersOnly) {
			throw new UnsupportedOperationException("only the registry knows who is a shipper");
		}
		List<PersonSummary> found = new ArrayList<>();
		forEachBatch(area, limit, people -> people.stream().limit(limit - found.size()).forEach(found::add));
		return List.copyOf(found);
	}
}
