package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/**
 * Supply planning (H3): incoming doses for an area of the caller's scope allocated to its sites by registered
 * demand and coverage gap ({@link SupplyAllocation}); the counts come from grouped, indexed queries per ward. A
 * ward's demand is shared evenly by the sites in it. Counts only: no personal data.
 */
@Service
class SupplyPlanning {

	private final JdbcClient jdbc;
	private final Areas areas;
	private final Clock clock;
	private final MessageSource messages;

	SupplyPlanning(JdbcClient jdbc, Areas areas, Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.clock = clock;
		this.messages = messages;
	}

	List<SupplyAllocation.Share> plan(Actor actor, Long incoming, String areaCode) {
		if (incoming == null || incoming < 1 || incoming > 100_000_000) {
			throw new InvalidInputException("incoming", "vaccination.supply.incoming");
		}
		Area area = areas.get(areaCode, "areaCode");
		actor.requireCovers(area.code());
		String prefix = area.code().path();
		Map<String, Long> registered = perWard("SELECT area_path, count(*) FROM vaccination.registration WHERE area_path LIKE ? || '%' GROUP BY area_path", prefix);
		Map<String, Long> fully = perWard("SELECT area_path, count(*) FROM vaccination.dose WHERE area_path LIKE ? || '%' AND dose_number = series_doses GROUP BY area_path", prefix);
		Map<String, Long> first = perWard("SELECT area_path, count(*) FROM vaccination.dose WHERE area_path LIKE ? || '%' AND dose_number = 1 GROUP BY area_path", prefix);
		Map<String, Long> targets = perWard("SELECT ward_path, max(population) FROM vaccination.plan_target WHERE ward_path LIKE ? || '%' GROUP BY ward_path", prefix);
		List<Site> sites = jdbc.sql("SELECT id, name, area_path FROM vaccination.site WHERE area_path LIKE ? || '%' ORDER BY area_path, name, id")
				.param(prefix).query(Sites::site).list();
		if (sites.isEmpty()) {
			throw new InvalidInputException("areaCode", "vaccination.supply.no-site");
		}
		Map<UUID, Long> stock = new HashMap<>();
		jdbc.sql("SELECT site_id, sum(balance) FROM vaccination.stock_lot WHERE expires_on >= ? GROUP BY site_id")
				.param(LocalDate.now(clock)).query((rs, row) -> stock.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
		Map<String, Long> sitesPerWard = new HashMap<>();
		sites.forEach(site -> sitesPerWard.merge(site.ward().path(), 1L, Long::sum));
		List<SupplyAllocation.Claim> claims = new ArrayList<>();
		for (Site site : sites) {
			String ward = site.ward().path();
			long share = sitesPerWard.get(ward);
			long waiting = Math.max(0, registered.getOrDefault(ward, 0L) - fully.getOrDefault(ward, 0L));
			long gap = Math.max(0, targets.getOrDefault(ward, 0L) - first.getOrDefault(ward, 0L));
			claims.add(new SupplyAllocation.Claim(site.id().toString(), site.name(), ward, waiting / share,
					stock.getOrDefault(site.id(), 0L), gap / share));
		}
		return SupplyAllocation.allocate(incoming, claims);
	}

	private Map<String, Long> perWard(String sql, String prefix) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).param(prefix).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	/**
	 * The plan's rows, each with why in the reader's language: the need (registered waiting beyond stock), half the
	 * coverage gap, the weight they make, its share of all weights and the doses that share gives (whole doses; the
	 * ones rounding leaves go to the largest remainders). When no site has any weight, the split is even, and it says so.
	 */
	List<SupplyPlanRow> explained(Actor actor, Long incoming, String areaCode, Locale locale) {
		List<SupplyAllocation.Share> shares = plan(actor, incoming, areaCode);
		boolean even = shares.stream().allMatch(s -> s.weight() == 0);
		List<SupplyPlanRow> rows = new ArrayList<>();
		for (SupplyAllocation.Share s : shares) {
			SupplyAllocation.Claim c = s.claim();
			double percent = Math.round(10_000 * s.share()) / 100.0;
			String why = even ? messages.getMessage("vaccination.supply.why-even", new Object[] { shares.size(), incoming, s.doses() }, locale)
					: messages.getMessage("vaccination.supply.why", new Object[] { c.registered(), c.stock(), c.need(), c.gap(),
							s.weight(), percent, incoming, s.doses() }, locale);
			rows.add(new SupplyPlanRow(c.siteId(), c.siteName(), c.areaPath(), c.registered(), c.stock(), c.need(), c.gap(),
					s.weight(), percent, s.doses(), why));
		}
		return rows;
	}

	/** The plan as CSV (UTF-8, one row per site, the numbers and the {@code why} sentence). */
	static String csv(List<SupplyPlanRow> rows) {
		StringBuilder csv = new StringBuilder(
				"site_id,site_name,ward,registered_waiting,stock,need,coverage_gap,weight,share_percent,doses,why\n");
		for (SupplyPlanRow r : rows) {
			csv.append(r.siteId()).append(',').append(quote(r.siteName())).append(',').append(r.ward()).append(',')
					.append(r.registeredWaiting()).append(',').append(r.stock()).append(',').append(r.need()).append(',')
					.append(r.coverageGap()).append(',').append(String.format(Locale.ROOT, "%.1f", r.weight())).append(',')
					.append(String.format(Locale.ROOT, "%.2f", r.sharePercent())).append(',').append(r.doses()).append(',')
					.append(quote(r.why())).append('\n');
		}
		return csv.toString();
	}

	/** A CSV field, quoted, with a leading formula character neutralised (spreadsheet injection). */
	private static String quote(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}
}
