package vn.pccovid.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;

/**
 * The {@code geo.area} table: filled from the GSO catalogue file at first start (again only if rows are missing)
 * and read whole by {@link AreaCatalogue}.
 */
@Repository
class AreaStore {

	static final String CATALOGUE = "geo/dvhcvn-2021-11-01.json";
	private static final Logger log = LoggerFactory.getLogger(AreaStore.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final JsonMapper json;

	AreaStore(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
	}

	public List<Area> loadAll() {
		List<Area> catalogue = readCatalogue();
		long stored = jdbc.sql("SELECT count(*) FROM geo.area").query(Long.class).single();
		if (stored < catalogue.size()) {
			transactions.executeWithoutResult(status -> insert(catalogue));
			log.info("Loaded {} administrative areas from the GSO catalogue", catalogue.size() - stored);
		}
		return jdbc.sql("SELECT path, name, type FROM geo.area ORDER BY path")
				.query((rs, row) -> new Area(AreaCode.parsePath(rs.getString("path")), rs.getString("name"), rs.getString("type")))
				.list();
	}

	private void insert(List<Area> areas) {
		// Parents precede their children in the catalogue order, which the foreign key needs.
		for (int from = 0; from < areas.size(); from += 1000) {
			var batch = areas.subList(from, Math.min(areas.size(), from + 1000));
			jdbc.sql("""
					INSERT INTO geo.area (code, level, name, type, parent_code, path, search_key)
					SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
					ON CONFLICT (code) DO NOTHING""")
					.params(column(batch, a -> a.code().value()), column(batch, a -> a.level().name()),
							column(batch, Area::name), column(batch, Area::type),
							column(batch, a -> a.code().parent() == null ? null : a.code().parent().value()),
							column(batch, a -> a.code().path()), column(batch, a -> VietnameseText.fold(a.name())))
					.update();
		}
	}

	private static String[] column(List<Area> areas, java.util.function.Function<Area, String> value) {
		return areas.stream().map(value).toArray(String[]::new);
	}

	private List<Area> readCatalogue() {
		try (InputStream in = new ClassPathResource(CATALOGUE).getInputStream()) {
			List<Area> areas = new ArrayList<>(11_400);
			for (JsonNode province : json.readTree(in).get("data")) {
				AreaCode provinceCode = AreaCode.province(province.get("level1_id").asString());
				areas.add(area(provinceCode, province));
				for (JsonNode district : province.get("level2s")) {
					AreaCode districtCode = AreaCode.district(provinceCode.province(), district.get("level2_id").asString());
					areas.add(area(districtCode, district));
					for (JsonNode ward : district.get("level3s")) {
						areas.add(area(AreaCode.ward(provinceCode.province(), districtCode.district(),
								ward.get("level3_id").asString()), ward));
					}
				}
			}
			return areas;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the area catalogue " + CATALOGUE, e);
		}
	}

	private static Area area(AreaCode code, JsonNode node) {
		return new Area(code, VietnameseText.nfc(node.get("name").asString()), VietnameseText.nfc(node.get("type").asString()));
	}
}
