package vn.pccovid.tracing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/** The edges of the transmission graph: who got it from whom, in which cluster. */
@Repository
class Links {

	private final JdbcClient jdbc;

	Links(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The cluster the person joined last, if any. */
	Optional<UUID> clusterOf(UUID person) {
		return jdbc.sql("SELECT cluster_id FROM tracing.link WHERE target = ? ORDER BY at DESC LIMIT 1").param(person)
				.query(UUID.class).optional();
	}

	/** Puts the person into the cluster (once); a contact who became an F0 is raised to F0 in place. */
	void link(UUID cluster, UUID target, UUID source, String level, AreaCode ward, UUID run, Instant at) {
		jdbc.sql("""
				INSERT INTO tracing.link (cluster_id, target, source, level, ward_path, run_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (cluster_id, target) DO UPDATE SET level = EXCLUDED.level
				WHERE EXCLUDED.level < tracing.link.level""")
				.params(cluster, target, source, level, ward.path(), run, Timestamp.from(at)).update();
	}
}
