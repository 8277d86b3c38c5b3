package vn.pccovid.relief.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints filed from the app, listed by area for the ward. */
@Repository
class Complaints {

	private final JdbcClient jdbc;

	Complaints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Complaint complaint, String filedBy) {
		jdbc.sql("""
				INSERT INTO relief.complaint (id, citizen_id, programme_id, kind, message, area_path, filed_by, filed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(complaint.id(), complaint.citizenId(), complaint.programmeId(), complaint.kind().name(), complaint.message(),
						complaint.areaPath(), filedBy, Timestamp.from(complaint.filedAt()))
				.update();
	}

	/** Complaints within the area prefix, newest first, before a position (0: from the newest). */
	List<Complaint> inArea(String areaPrefix, long before, int limit) {
		return jdbc.sql("""
				SELECT * FROM relief.complaint WHERE area_path LIKE ? || '%' AND (? = 0 OR position < ?)
				ORDER BY position DESC LIMIT ?""")
				.params(areaPrefix, before, before, limit).query(Complaints::map).list();
	}

	private static Complaint map(ResultSet rs, int row) throws SQLException {
		return new Complaint(rs.getObject("id", UUID.class), rs.getObject("citizen_id", UUID.class),
				rs.getObject("programme_id", UUID.class), Complaint.Kind.valueOf(rs.getString("kind")), rs.getString("message"),
				rs.getString("area_path"), rs.getTimestamp("filed_at").toInstant(), rs.getLong("position"));
	}
}
