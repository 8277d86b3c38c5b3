package vn.pccovid.vaccination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/** Sites and their slots. */
@Repository
class Sites {

	private final JdbcClient jdbc;

	Sites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Site site, Instant now) {
		jdbc.sql("INSERT INTO vaccination.site (id, name, area_path, created_at) VALUES (?, ?, ?, ?)")
				.params(site.id(), site.name(), site.ward().path(), java.sql.Timestamp.from(now)).update();
	}

	Optional<Site> find(UUID id) {
		return jdbc.sql("SELECT id, name, area_path FROM vaccination.site WHERE id = ?").param(id)
				.query(Sites::site).optional();
	}

	/** Sites in the area (prefix of area paths), by name; at most {@code limit}. */
	List<Site> inArea(String prefix, int limit) {
		return jdbc.sql("SELECT id, name, area_path FROM vaccination.site WHERE area_path LIKE ? || '%' ORDER BY name, id LIMIT ?")
				.params(prefix, limit).query(Sites::site).list();
	}

	void insertSlot(Slot slot) {
		jdbc.sql("INSERT INTO vaccination.slot (id, site_id, day, starts, ends, capacity) VALUES (?, ?, ?, ?, ?, ?)")
				.params(slot.id(), slot.siteId(), slot.date(), slot.start(), slot.end(), slot.capacity()).update();
	}

	List<Slot> slots(UUID siteId, LocalDate day) {
		return jdbc.sql("SELECT id, site_id, day, starts, ends, capacity, booked FROM vaccination.slot WHERE site_id = ? AND day = ? ORDER BY starts, id")
				.params(siteId, day).query(Sites::slot).list();
	}

	Optional<Slot> slot(UUID id) {
		return jdbc.sql("SELECT id, site_id, day, starts, ends, capacity, booked FROM vaccination.slot WHERE id = ?")
				.param(id).query(Sites::slot).optional();
	}

	/** Whether the site already has a slot overlapping this window. */
	boolean overlaps(UUID siteId, LocalDate day, LocalTime start, LocalTime end) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM vaccination.slot WHERE site_id = ? AND day = ? AND starts < ? AND ends > ?)")
				.params(siteId, day, end, start).query(Boolean.class).single();
	}

	static Site site(ResultSet rs, int row) throws SQLException {
		return new Site(rs.getObject(1, UUID.class), rs.getString(2), AreaCode.parsePath(rs.getString(3)));
	}

	static Slot slot(ResultSet rs, int row) throws SQLException {
		return new Slot(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getInt(6), rs.getInt(7));
	}
}
