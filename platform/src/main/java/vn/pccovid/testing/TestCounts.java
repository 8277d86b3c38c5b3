package vn.pccovid.testing;

import java.time.LocalDate;
import java.util.List;

import vn.pccovid.core.AreaCode;

/**
 * Daily testing figures per ward for reports and dashboards: aggregates only, no person in them, so not audited.
 */
public interface TestCounts {

	/** The wards inside {@code area} ({@code null}: the whole country) that took samples on the day, in code order. */
	List<DailyTestCount> countsOn(LocalDate day, AreaCode area);
}
