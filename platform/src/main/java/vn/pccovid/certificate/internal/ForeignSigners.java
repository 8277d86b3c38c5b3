package vn.pccovid.certificate.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code certificate.foreign_signer} table: the imported foreign trust list, in its order. */
@Repository
class ForeignSigners {

	/** One stored entry. */
	record Row(String kid, byte[] certificate, String country) {
	}

	private final JdbcClient jdbc;

	ForeignSigners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> all() {
		return jdbc.sql("SELECT kid, certificate, country FROM certificate.foreign_signer ORDER BY position")
				.query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2), rs.getString(3))).list();
	}

	/** Replaces the whole list (call in a transaction, with a list already checked entry by entry). */
	void replace(List<Row> rows, Instant at, String by) {
		jdbc.sql("DELETE FROM certificate.foreign_signer").update();
		int position = 0;
		for (Row row : rows) {
			jdbc.sql("INSERT INTO certificate.foreign_signer (position, kid, certificate, country, imported_at, imported_by) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
					.params(position++, row.kid(), row.certificate(), row.country(), Timestamp.from(at), by).update();
		}
	}
}
