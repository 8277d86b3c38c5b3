package vn.pccovid.certificate.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code certificate.card_rules} table: each province's rule set as JSON; no row means the 2021 default. */
@Repository
class CardRuleSets {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<CardRule>> RULES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	CardRuleSets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CardRule> of(String province) {
		return jdbc.sql("SELECT rules::text FROM certificate.card_rules WHERE province = ?").param(province)
				.query(String.class).optional().map(json -> JSON.readValue(json, RULES)).orElse(CardRule.DEFAULT_2021);
	}

	boolean customised(String province) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM certificate.card_rules WHERE province = ?)").param(province)
				.query(Boolean.class).single();
	}

	void put(String province, List<CardRule> rules, String by, Instant at) {
		jdbc.sql("INSERT INTO certificate.card_rules (province, rules, updated_by, updated_at) VALUES (?, ?::jsonb, ?, ?) "
				+ "ON CONFLICT (province) DO UPDATE SET rules = EXCLUDED.rules, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at")
				.params(province, JSON.writeValueAsString(rules), by, Timestamp.from(at)).update();
	}

	/** Back to the 2021 default. */
	void reset(String province) {
		jdbc.sql("DELETE FROM certificate.card_rules WHERE province = ?").param(province).update();
	}
}
