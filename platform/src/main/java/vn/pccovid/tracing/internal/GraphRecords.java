package vn.pccovid.tracing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the transmission graph: counts by area for the first screen, people of one area on demand. */
@Repository
class GraphRecords {

	private final JdbcClient jdbc;

	GraphRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** People of one level in one area group. */
	record GroupCount(String area, String level, long count) {
	}

	/** Links between two area groups. */
	record GroupEdge(String source, String target, long count) {
	}

	/** One person of an expanded area, and where their source lives. */
	record PersonNode(UUID person, String level, String ward, UUID source, String sourceWard) {
	}

	/** A cluster as the list shows it. */
	record Cluster(UUID id, UUID indexPerson, String ward, java.time.Instant startedAt, long size) {
	}

	boolean exists(UUID cluster) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tracing.link WHERE cluster_id = ?)").param(cluster).query(Boolean.class).single();
	}

	/** Counts per area prefix of {@code length} characters and level. */
	List<GroupCount> counts(UUID cluster, int length) {
		return jdbc.sql("SELECT left(ward_path, ?) AS area, level, count(*) FROM tracing.link WHERE cluster_id = ? GROUP BY 1, 2 ORDER BY 1, 2")
				.params(length, cluster).query((rs, n) -> new GroupCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
	}

	/** Links between area groups (a link inside one group counts as a loop on it). */
	List<GroupEdge> edges(UUID cluster, int length) {
		return jdbc.sql("""
				SELECT left(s.ward_path, ?), left(t.ward_path, ?), count(*)
				FROM tracing.link t JOIN tracing.link s ON s.cluster_id = t.cluster_id AND s.target = t.source
				WHERE t.cluster_id = ? GROUP BY 1, 2""")
				.params(length, length, cluster).query((rs, n) -> new GroupEdge(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
	}

	/** Up to {@code limit} people of the cluster in the area (by path prefix), with their sources. */
	List<PersonNode> people(UUID cluster, String areaPrefix, int limit) {
		return jdbc.sql("""
				SELECT t.target, t.level, t.ward_path, t.source, s.ward_path
				FROM tracing.link t LEFT JOIN tracing.link s ON s.cluster_id = t.cluster_id AND s.target = t.source
				WHERE t.cluster_id = ? AND t.ward_path LIKE ? ORDER BY t.ward_path, t.target LIMIT ?""")
				.params(cluster, areaPrefix + "%", limit)
				.query((rs, n) -> new PersonNode(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getObject(4, UUID.class), rs.getString(5)))
				.list();
	}

	/** The newest clusters whose index case lives in the area, with their sizes. */
	List<Cluster> clusters(String areaPrefix, int limit) {
		return jdbc.sql("""
				SELECT i.cluster_id, i.target, i.ward_path, i.at, (SELECT count(*) FROM tracing.link m WHERE m.cluster_id = i.cluster_id)
				FROM tracing.link i WHERE i.source IS NULL AND i.ward_path LIKE ? ORDER BY i.at DESC LIMIT ?""")
				.params(areaPrefix + "%", limit)
				.query((rs, n) -> new Cluster(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getLong(5)))
				.list();
	}
}
