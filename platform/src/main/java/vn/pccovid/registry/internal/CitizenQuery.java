package vn.pccovid.registry.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenPage;

/**
 * Keyset-paged citizen lists: inside an area path prefix, optionally by exact CCCD or by a folded name fragment
 * (trigram index), ordered by {@code (name_key, id)}. The cursor is that pair, opaque to clients.
 */
@Repository
class CitizenQuery {

	private final JdbcClient jdbc;

	CitizenQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page.
	 *
	 * @param areaPrefix area path prefix ({@code ""} for the whole country)
	 * @param cccd       exact CCCD, or {@code null}
	 * @param nameKey    folded name fragment, or {@code null}
	 * @param after      cursor, or {@code null}
	 * @param limit      page size
	 * @param contact    whether contact fields are shown unmasked
	 */
	CitizenPage page(String areaPrefix, String cccd, String nameKey, String after, int limit, boolean contact) {
		StringBuilder sql = new StringBuilder("SELECT " + CitizenRecords.COLUMNS
				+ " FROM registry.citizen c WHERE c.area_path LIKE :prefix || '%'");
		List<Object[]> params = new ArrayList<>();
		params.add(new Object[] { "prefix", areaPrefix });
		if (cccd != null) {
			sql.append(" AND c.cccd = :cccd");
			params.add(new Object[] { "cccd", cccd });
		}
		if (nameKey != null) {
			sql.append(" AND c.name_key LIKE :pattern");
			params.add(new Object[] { "pattern", "%" + escapeLike(nameKey) + "%" });
		}
		if (after != null) {
			Cursor cursor = Cursor.decode(after);
			sql.append(" AND (c.name_key, c.id) > (:afterKey, :afterId)");
			params.add(new Object[] { "afterKey", cursor.nameKey() });
			params.add(new Object[] { "afterId", cursor.id() });
		}
		sql.append(" ORDER BY c.name_key, c.id LIMIT :limit");
		params.add(new Object[] { "limit", limit + 1 });
		var statement = jdbc.sql(sql.toString()).param("contact", contact);
		for (Object[] param : params) {
			statement = statement.param((String) param[0], param[1]);
		}
		List<Row> rows = statement.query((rs, n) -> new Row(CitizenRecords.CITIZEN.mapRow(rs, n), rs.getString("name_key"))).list();
		KeysetPage<Row> page = KeysetPage.of(rows, limit, row -> new Cursor(row.nameKey(), row.citizen().id().value()).encode());
		return new CitizenPage(page.items().stream().map(Row::citizen).toList(), (String) page.next());
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private record Row(Citizen citizen, String nameKey) {
	}

	/** Where the previous page ended. */
	record Cursor(String nameKey, UUID id) {

		String encode() {
			return Base64.getUrlEncoder().withoutPadding().encodeToString((nameKey + "\n" + id).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String text) {
			try {
				String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
				int split = decoded.lastIndexOf('\n');
				return new Cursor(decoded.substring(0, split), UUID.fromString(decoded.substring(split + 1)));
			}
			catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
				throw new InvalidInputException("after", "registry.search.cursor");
			}
		}
	}
}
