package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.geo.Areas;

/**
 * Coverage per area one level below the asked one (districts of a province, wards of a district) by age group:
 * people with at least one dose, fully vaccinated (primary series complete), with a booster. One grouped query over
 * the doses of the area (each person has one row per dose number, so the counts are people). Counts only.
 */
@Service
class CoverageStatistics {

	private final JdbcClient jdbc;
	private final Areas areas;
	private final Clock clock;

	CoverageStatistics(JdbcClient jdbc, Areas areas, Clock clock) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.clock = clock;
	}

	List<Row> of(Actor actor, String areaCode) {
		AreaCode area = areaCode == null || areaCode.isBlank() ? actor.scope().area() : areas.get(areaCode, "areaCode").code();
		String prefix = area == null ? "" : area.path();
		if (area != null) {
			actor.requireCovers(area);
		}
		else if (!actor.scope().isNational()) {
			throw new vn.pccovid.core.ForbiddenException("access.area.outside");
		}
		int length = area == null ? 2 : switch (area.level()) {
			case PROVINCE -> 6;
			case DISTRICT, WARD -> 12;
		};
		int year = LocalDate.now(clock).getYear();
		return jdbc.sql("""
				SELECT left(area_path, ?) AS area,
				    CASE WHEN ? - birth_year < 12 THEN '0-11' WHEN ? - birth_year < 18 THEN '12-17'
				         WHEN ? - birth_year < 50 THEN '18-49' WHEN ? - birth_year < 65 THEN '50-64' ELSE '65+' END AS age_group,
				    count(*) FILTER (WHERE dose_number = 1),
				    count(*) FILTER (WHERE dose_number = series_doses),
				    count(*) FILTER (WHERE dose_number = series_doses + 1)
				FROM vaccination.dose WHERE area_path LIKE ? || '%'
				GROUP BY 1, 2 ORDER BY 1, 2""")
				.params(length, year, year, year, year, prefix)
				.query((rs, row) -> new Row(rs.getString(1), areas.fullNameOfPath(rs.getString(1)), rs.getString(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5)))
				.list();
	}

	/**
	 * Coverage of one area and age group.
	 *
	 * @param areaPath        the area
	 * @param areaName        its name
	 * @param ageGroup        0-11, 12-17, 18-49, 50-64 or 65+
	 * @param atLeastOneDose  people with a first dose
	 * @param fullyVaccinated people who completed the primary series
	 * @param booster         people with a booster
	 */
	record Row(String areaPath, String areaName, String ageGroup, long atLeastOneDose, long fullyVaccinated, long booster) {
	}
}
