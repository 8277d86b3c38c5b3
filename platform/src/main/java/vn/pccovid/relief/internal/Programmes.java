package vn.pccovid.relief.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The stored programmes; rules as JSON in one column, since they are read whole and never queried by part. */
@Repository
class Programmes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Programmes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Programme programme, String createdBy, Instant at) {
		jdbc.sql("""
				INSERT INTO relief.programme (id, name, basis, amount, per, periods, rules, area_path, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?::text[], ?::jsonb, ?, ?, ?)""")
				.params(programme.id(), programme.name(), programme.basis(), programme.amount(), programme.per().name(),
						"{" + String.join(",", programme.periods().stream().map(YearMonth::toString).toList()) + "}",
						JSON.writeValueAsString(programme.rules()), programme.areaPath(), createdBy, Timestamp.from(at))
				.update();
	}

	Optional<Programme> find(UUID id) {
		return jdbc.sql("SELECT * FROM relief.programme WHERE id = ?").param(id).query(Programmes::map).optional();
	}

	/** Programmes of the country and of the province of this scope prefix (all of them for a national caller). */
	List<Programme> visibleTo(String scopePrefix, int limit) {
		String province = scopePrefix.isEmpty() ? "" : scopePrefix.substring(0, 2);
		return jdbc.sql("""
				SELECT * FROM relief.programme WHERE ? = '' OR area_path = '' OR area_path = ?
				ORDER BY position DESC LIMIT ?""")
				.params(province, province, limit).query(Programmes::map).list();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM relief.programme)").query(Boolean.class).single();
	}

	private static Programme map(ResultSet rs, int row) throws SQLException {
		Array periods = rs.getArray("periods");
		List<YearMonth> months = Arrays.stream((String[]) periods.getArray()).map(YearMonth::parse).toList();
		return new Programme(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("basis"),
				rs.getLong("amount"), Per.valueOf(rs.getString("per")), months,
				JSON.readValue(rs.getString("rules"), EligibilityRules.class), rs.getString("area_path"));
	}
}
