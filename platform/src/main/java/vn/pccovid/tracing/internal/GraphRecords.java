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

	/** One person of an expanded area, and where their source lives. */
	record PersonNode(UUID person, String level, String ward, UUID source, String sourceWard) {
	}

	/** A cluster as the list shows it. */
	record Cluster(UUID id, UUID indexPerson, String ward, java.time.Instant startedAt, long size) {
	}

	/** How many people of a level in an area group got it from someone in another (or the same) group; null: the index case. */
	record GroupFlow(String area, String level, String fromArea, long count) {
	}

	/**
	 * The first screen in one pass over the cluster: people per area group and level, by the group of their source.
	 * Counts and edges both follow from it, so the cluster's links are read and joined once (empty: no such cluster).
	 */
	List<GroupFlow> flows(UUID cluster, int length) {
		return jdbc.sql("""
				SELECT left(t.ward_path, ?), t.level, left(s.ward_path, ?), count(*)
				FROM tracing.link t LEFT JOIN tracing.link s ON s.cluster_id = t.cluster_id AND s.target = t.source
				WHERE t.cluster_id = ? GROUP BY 1, 2, 3""")
				.params(length, length, cluster)
				.query((rs, n) -> new GroupFlow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
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
