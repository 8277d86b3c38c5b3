package vn.pccovid.movement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/**
 * The {@code movement.checkpoint} table. Checkpoints never move or disappear, so each is read once per node and kept
 * (a scan needs its ward on every request).
 */
@Repository
class CheckpointRecords {

	private final JdbcClient jdbc;
	private final Map<UUID, Checkpoint> known = new ConcurrentHashMap<>();

	CheckpointRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Checkpoint checkpoint, String createdBy, Instant at) {
		jdbc.sql("INSERT INTO movement.checkpoint (id, name, ward_path, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
				.params(checkpoint.id(), checkpoint.name(), checkpoint.ward().path(), createdBy, Timestamp.from(at)).update();
	}

	Optional<Checkpoint> find(UUID id) {
		Checkpoint checkpoint = known.get(id);
		if (checkpoint != null) {
			return Optional.of(checkpoint);
		}
		Optional<Checkpoint> read = jdbc.sql("SELECT id, name, ward_path FROM movement.checkpoint WHERE id = ?").param(id)
				.query((rs, row) -> new Checkpoint(rs.getObject(1, UUID.class), rs.getString(2), AreaCode.parsePath(rs.getString(3))))
				.optional();
		read.ifPresent(c -> known.put(c.id(), c));
		return read;
	}

	/** The checkpoints of an area (path prefix), by name. */
	List<Checkpoint> inArea(String pathPrefix) {
		return jdbc.sql("SELECT id, name, ward_path FROM movement.checkpoint WHERE ward_path LIKE ? || '%' ORDER BY name, id LIMIT 500")
				.param(pathPrefix)
				.query((rs, row) -> new Checkpoint(rs.getObject(1, UUID.class), rs.getString(2), AreaCode.parsePath(rs.getString(3))))
				.list();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM movement.checkpoint)").query(Boolean.class).single();
	}
}
