package vn.pccovid.movement.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code movement.rule} table: each province's checkpoint rules in order; a province without rows uses the
 * default set (province {@value #DEFAULT}). Kept in memory per node for a few seconds (every scan reads it); a
 * change made on this node takes effect at once, on other nodes within {@link #FRESH_FOR_NANOS}.
 */
@Repository
class RuleSets {

	static final String DEFAULT = "VN";
	static final long FRESH_FOR_NANOS = 5_000_000_000L;

	/** One rule row. */
	record RuleRow(String code, String parameter) {
	}

	/** A province's rules as read, and whether they are its own or the default. */
	record RuleSet(String province, boolean own, List<RuleRow> rules) {
	}

	private record Cached(RuleSet set, long readAt) {
	}

	private final JdbcClient jdbc;
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	RuleSets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RuleSet of(String province) {
		Cached cached = cache.get(province);
		if (cached != null && System.nanoTime() - cached.readAt() < FRESH_FOR_NANOS) {
			return cached.set();
		}
		List<RuleRow> own = rows(province);
		RuleSet set = own.isEmpty() ? new RuleSet(province, false, rows(DEFAULT)) : new RuleSet(province, true, own);
		cache.put(province, new Cached(set, System.nanoTime()));
		return set;
	}

	@Transactional
	void replace(String province, List<RuleRow> rules) {
		jdbc.sql("DELETE FROM movement.rule WHERE province = ?").param(province).update();
		int position = 1;
		for (RuleRow rule : rules) {
			jdbc.sql("INSERT INTO movement.rule (province, position, code, parameter) VALUES (?, ?, ?, ?)")
					.params(province, position++, rule.code(), rule.parameter()).update();
		}
		cache.clear();
	}

	private List<RuleRow> rows(String province) {
		return jdbc.sql("SELECT code, parameter FROM movement.rule WHERE province = ? ORDER BY position").param(province)
				.query((rs, row) -> new RuleRow(rs.getString(1), rs.getString(2))).list();
	}
}
