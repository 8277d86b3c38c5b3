package vn.pccovid.checkin.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/** The {@code checkin.venue} table. */
@Repository
class Venues {

	private static final String COLUMNS = "id, name, type, area_path, address, latitude, longitude, owner_id, status, "
			+ "status_reason, qr, created_at";

	private final JdbcClient jdbc;

	Venues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Venue v) {
		jdbc.sql("INSERT INTO checkin.venue (id, name, type, ward_code, area_path, address, latitude, longitude, owner_id, "
				+ "status, qr, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(v.id(), v.name(), v.type().name(), v.ward().value(), v.ward().path(), v.address(), v.latitude(),
						v.longitude(), v.ownerId(), v.status().name(), v.qr(), Timestamp.from(v.createdAt()))
				.update();
	}

	Optional<Venue> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM checkin.venue WHERE id = ?").param(id).query(Venues::venue).optional();
	}

	void updateStatus(UUID id, VenueStatus status, String reason, String by, Instant at) {
		jdbc.sql("UPDATE checkin.venue SET status = ?, status_reason = ?, status_by = ?, status_at = ? WHERE id = ?")
				.params(status.name(), reason, by, Timestamp.from(at), id).update();
	}

	/** Replaces a venue's signed QR (a reissued poster). */
	void updateQr(UUID id, String qr) {
		jdbc.sql("UPDATE checkin.venue SET qr = ? WHERE id = ?").params(qr, id).update();
	}

	/** Up to {@code limit} ids of venues whose stored QR starts with this protected-header segment (signed by one key). */
	List<UUID> signedWith(String headerSegment, int limit) {
		return jdbc.sql("SELECT id FROM checkin.venue WHERE starts_with(qr, ?) LIMIT ?")
				.params(headerSegment + ".", limit).query(UUID.class).list();
	}

	/** One page of an owner's venues, oldest first, after the keyset {@code (createdAt, id)}. */
	List<Venue> ofOwner(String ownerId, Instant afterCreated, UUID afterId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM checkin.venue WHERE owner_id = ? AND (created_at, id) > (?, ?) "
				+ "ORDER BY created_at, id LIMIT ?")
				.params(ownerId, Timestamp.from(afterCreated), afterId, limit).query(Venues::venue).list();
	}

	/** One page of the venues of an area (path prefix), optionally of one status, after the keyset. */
	List<Venue> ofArea(String pathPrefix, VenueStatus status, Instant afterCreated, UUID afterId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM checkin.venue WHERE area_path LIKE ? || '%' "
				+ "AND (CAST(? AS text) IS NULL OR status = ?) AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?")
				.params(pathPrefix, status == null ? null : status.name(), status == null ? null : status.name(),
						Timestamp.from(afterCreated), afterId, limit)
				.query(Venues::venue).list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM checkin.venue").query(Long.class).single();
	}

	private static Venue venue(ResultSet rs, int row) throws SQLException {
		return new Venue(rs.getObject(1, UUID.class), rs.getString(2), VenueType.valueOf(rs.getString(3)),
				AreaCode.parsePath(rs.getString(4)), rs.getString(5), (Double) rs.getObject(6), (Double) rs.getObject(7),
				rs.getString(8), VenueStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
				rs.getTimestamp(12).toInstant());
	}
}
