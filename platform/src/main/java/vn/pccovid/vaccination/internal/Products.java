package vn.pccovid.vaccination.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products and mixing rules (data seeded by migration, changed by SQL): read fresh for each decision. */
@Repository
class Products {

	private final JdbcClient jdbc;

	Products(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Product> all() {
		Map<String, Product> products = new LinkedHashMap<>();
		jdbc.sql("SELECT code, name, series_doses, interval_days, booster_after_days, doses_per_vial FROM vaccination.product ORDER BY code")
				.query((rs, row) -> new Product(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
						(Integer) rs.getObject(5), rs.getInt(6)))
				.list().forEach(p -> products.put(p.code(), p));
		return products;
	}

	Optional<Product> find(String code) {
		return Optional.ofNullable(all().get(code));
	}

	/** Mixing rules as {@code previous>next>KIND} strings. */
	Set<String> mixing() {
		return jdbc.sql("SELECT previous, next, kind FROM vaccination.mixing_rule")
				.query((rs, row) -> DoseRules.mixKey(rs.getString(1), rs.getString(2), rs.getString(3)))
				.list().stream().collect(Collectors.toUnmodifiableSet());
	}

	DoseRules rules() {
		return new DoseRules(all(), mixing());
	}
}
