package vn.pccovid.testing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;
import vn.pccovid.testing.DailyTestCount;
import vn.pccovid.testing.TestCounts;

/** Counts by the day's indexes ({@code sample_counts_by_day_site}, {@code pool_counts_by_day_site}). */
@Repository
class DailyCounts implements TestCounts {

	private final JdbcClient jdbc;

	DailyCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DailyTestCount> countsOn(LocalDate day, AreaCode area) {
		String prefix = area == null ? "" : area.path();
		Map<String, long[]> byWard = new TreeMap<>();
		jdbc.sql("""
				SELECT site_path, count(*),
				       count(*) FILTER (WHERE outcome = 'POSITIVE' AND pool_id IS NULL),
				       count(*) FILTER (WHERE outcome IN ('POSITIVE', 'NEGATIVE'))
				FROM testing.sample WHERE taken_on = ? AND site_path LIKE ? || '%' GROUP BY site_path""")
				.params(day, prefix)
				.query(rs -> {
					long[] c = byWard.computeIfAbsent(rs.getString(1), k -> new long[4]);
					c[0] = rs.getLong(2);
					c[2] = rs.getLong(3);
					c[3] = rs.getLong(4);
				});
		jdbc.sql("SELECT site_path, count(*) FROM testing.pool WHERE taken_on = ? AND site_path LIKE ? || '%' GROUP BY site_path")
				.params(day, prefix)
				.query(rs -> {
					byWard.computeIfAbsent(rs.getString(1), k -> new long[4])[1] = rs.getLong(2);
				});
		return byWard.entrySet().stream()
				.map(e -> new DailyTestCount(AreaCode.parsePath(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2],
						e.getValue()[3]))
				.toList();
	}
}
