package vn.pccovid.movement.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code movement.purpose} table: the essential purposes a permit may be issued for, read once (reference data). */
@Repository
class Purposes {

	/** One purpose with its names. */
	record Purpose(String code, String nameVi, String nameEn) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
		}
	}

	private final JdbcClient jdbc;
	private volatile List<Purpose> all;

	Purposes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Purpose> all() {
		List<Purpose> purposes = all;
		if (purposes == null) {
			purposes = jdbc.sql("SELECT code, name_vi, name_en FROM movement.purpose ORDER BY position")
					.query((rs, row) -> new Purpose(rs.getString(1), rs.getString(2), rs.getString(3))).list();
			all = purposes;
		}
		return purposes;
	}

	Set<String> codes() {
		Set<String> codes = new LinkedHashSet<>();
		all().forEach(p -> codes.add(p.code()));
		return codes;
	}
}
