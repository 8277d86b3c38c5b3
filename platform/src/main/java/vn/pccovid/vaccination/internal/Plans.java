package vn.pccovid.vaccination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaign plans, their ward targets, and the counts that show their progress (no personal data). */
@Repository
class Plans {

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String name, String areaPath, LocalDate startsOn, LocalDate endsOn, int dosesPerWeek,
			Map<String, Integer> targets, Instant at) {
		jdbc.sql("INSERT INTO vaccination.plan (id, name, area_path, starts_on, ends_on, doses_per_week, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(id, name, areaPath, startsOn, endsOn, dosesPerWeek, Timestamp.from(at)).update();
		targets.forEach((ward, population) -> jdbc.sql("INSERT INTO vaccination.plan_target (plan_id, ward_path, population) VALUES (?, ?, ?)")
				.params(id, ward, population).update());
	}

	/** The newest plans first, at most {@code limit}, with their progress counted in SQL. */
	List<PlanProgress> progress(int limit) {
		return jdbc.sql("""
				SELECT p.id, p.name, p.area_path, p.starts_on, p.ends_on, p.doses_per_week,
				    COALESCE((SELECT sum(population) FROM vaccination.plan_target t WHERE t.plan_id = p.id), 0),
				    (SELECT count(*) FROM vaccination.dose d WHERE d.area_path LIKE p.area_path || '%'
				        AND d.administered_on BETWEEN p.starts_on AND p.ends_on),
				    (SELECT count(*) FROM vaccination.dose d WHERE d.area_path LIKE p.area_path || '%' AND d.dose_number = 1),
				    (SELECT count(*) FROM vaccination.dose d WHERE d.area_path LIKE p.area_path || '%' AND d.dose_number = d.series_doses),
				    (SELECT count(*) FROM vaccination.site s WHERE s.area_path LIKE p.area_path || '%')
				FROM vaccination.plan p ORDER BY p.starts_on DESC, p.id LIMIT ?""")
				.param(limit)
				.query((rs, row) -> new PlanProgress(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getLong(7),
						rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), List.of(), List.of()))
				.list();
	}

	List<WardTarget> targets(UUID planId) {
		return jdbc.sql("SELECT ward_path, population FROM vaccination.plan_target WHERE plan_id = ? ORDER BY ward_path")
				.param(planId).query((rs, row) -> new WardTarget(rs.getString(1), null, rs.getInt(2))).list();
	}

	/** Sites of the area with their largest day's capacity from {@code from} on. */
	List<SiteCapacity> sites(String areaPath, LocalDate from) {
		return jdbc.sql("""
				SELECT s.name, s.area_path, COALESCE((SELECT max(c) FROM (SELECT sum(capacity) AS c FROM vaccination.slot l
				    WHERE l.site_id = s.id AND l.day >= ? GROUP BY l.day) days), 0)
				FROM vaccination.site s WHERE s.area_path LIKE ? || '%' ORDER BY s.name LIMIT 200""")
				.params(from, areaPath)
				.query((rs, row) -> new SiteCapacity(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
	}

	/**
	 * A plan and how far it got.
	 *
	 * @param id              id
	 * @param name            name
	 * @param areaPath        the locality
	 * @param startsOn        first day
	 * @param endsOn          last day
	 * @param dosesPerWeek    doses planned per week
	 * @param target          target population (sum of the wards' targets)
	 * @param dosesGiven      doses given in the area during the plan
	 * @param firstDose       people of the area with at least one dose
	 * @param fullyVaccinated people of the area who completed the primary series
	 * @param sites           sites in the area
	 * @param wards           ward targets
	 * @param siteCapacities  sites with their daily capacity
	 */
	record PlanProgress(UUID id, String name, String areaPath, LocalDate startsOn, LocalDate endsOn, int dosesPerWeek,
			long target, long dosesGiven, long firstDose, long fullyVaccinated, long sites, List<WardTarget> wards,
			List<SiteCapacity> siteCapacities) {
	}

	/**
	 * A ward's target.
	 *
	 * @param wardPath   ward
	 * @param wardName   its name, or {@code null}
	 * @param population people to vaccinate
	 */
	record WardTarget(String wardPath, String wardName, int population) {
	}

	/**
	 * A site's capacity.
	 *
	 * @param name          site
	 * @param areaPath      its ward
	 * @param dailyCapacity places on its busiest planned day
	 */
	record SiteCapacity(String name, String areaPath, int dailyCapacity) {
	}
}
