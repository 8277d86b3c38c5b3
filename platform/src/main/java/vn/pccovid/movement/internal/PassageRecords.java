package vn.pccovid.movement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/** The {@code movement.passage} table: every scan at a checkpoint and its decision. */
@Repository
class PassageRecords {

	private final JdbcClient jdbc;

	PassageRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the passage and answers its id. */
	long insert(UUID checkpoint, AreaCode ward, UUID person, String plate, Instant at, boolean allowed, List<String> reasons,
			String kind) {
		return jdbc.sql("""
				INSERT INTO movement.passage (checkpoint_id, ward_path, person_id, plate, at, decision, reasons, qr_kind)
				VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?) RETURNING id""")
				.params(checkpoint, ward.path(), person, plate, Timestamp.from(at), allowed ? "ALLOW" : "DENY",
						"{" + String.join(",", reasons) + "}", kind)
				.query(Long.class).single();
	}

	/** Passages of an area (path prefix) in [from, to): allowed and denied. */
	int[] counts(String pathPrefix, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE decision = 'ALLOW'), count(*) FILTER (WHERE decision = 'DENY')
				FROM movement.passage WHERE ward_path LIKE ? || '%' AND at >= ? AND at < ?""")
				.params(pathPrefix, Timestamp.from(from), Timestamp.from(to))
				.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM movement.passage)").query(Boolean.class).single();
	}
}
