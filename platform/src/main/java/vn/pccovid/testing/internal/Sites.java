package vn.pccovid.testing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.core.AreaCode;

/** The {@code testing.site} and {@code testing.session} tables. */
@Repository("testingSites")
class Sites {

	private final JdbcClient jdbc;

	Sites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A sampling site.
	 *
	 * @param id    id
	 * @param name  name
	 * @param area  its ward
	 * @param hours opening hours, as people read them
	 */
	record Site(UUID id, String name, AreaCode area, String hours) {
	}

	/**
	 * A sampling session at a site on a day.
	 *
	 * @param id   id
	 * @param site the site
	 * @param day  the day
	 */
	record Session(UUID id, Site site, LocalDate day) {
	}

	void addSite(Site site, Instant now) {
		jdbc.sql("INSERT INTO testing.site (id, name, area_path, hours, created_at) VALUES (?, ?, ?, ?, ?)")
				.params(site.id(), site.name(), site.area().path(), site.hours(), Timestamp.from(now)).update();
	}

	void addSession(UUID id, Site site, LocalDate day, Instant now) {
		jdbc.sql("INSERT INTO testing.session (id, site_id, day, area_path, created_at) VALUES (?, ?, ?, ?, ?)")
				.params(id, site.id(), day, site.area().path(), Timestamp.from(now)).update();
	}

	Optional<Site> site(UUID id) {
		return jdbc.sql("SELECT id, name, area_path, hours FROM testing.site WHERE id = ?").param(id)
				.query((rs, row) -> new Site(rs.getObject(1, UUID.class), rs.getString(2), AreaCode.parsePath(rs.getString(3)),
						rs.getString(4)))
				.optional();
	}

	Optional<Session> session(UUID id) {
		return jdbc.sql("""
				SELECT se.id, se.day, si.id, si.name, si.area_path, si.hours
				FROM testing.session se JOIN testing.site si ON si.id = se.site_id WHERE se.id = ?""").param(id)
				.query((rs, row) -> new Session(rs.getObject(1, UUID.class), new Site(rs.getObject(3, UUID.class),
						rs.getString(4), AreaCode.parsePath(rs.getString(5)), rs.getString(6)), rs.getObject(2, LocalDate.class)))
				.optional();
	}

	/** The sites in the scope (area path prefix), by name, at most {@code limit}. */
	List<Site> sitesIn(String pathPrefix, int limit) {
		return jdbc.sql("SELECT id, name, area_path, hours FROM testing.site WHERE area_path LIKE ? || '%' ORDER BY area_path, name LIMIT ?")
				.params(pathPrefix, limit)
				.query((rs, row) -> new Site(rs.getObject(1, UUID.class), rs.getString(2), AreaCode.parsePath(rs.getString(3)),
						rs.getString(4)))
				.list();
	}

	/** The sessions of a day in the scope, by site. */
	List<Session> sessionsOn(String pathPrefix, LocalDate day, int limit) {
		return jdbc.sql("""
				SELECT se.id, se.day, si.id, si.name, si.area_path, si.hours
				FROM testing.session se JOIN testing.site si ON si.id = se.site_id
				WHERE se.area_path LIKE ? || '%' AND se.day = ? ORDER BY si.name, se.id LIMIT ?""")
				.params(pathPrefix, day, limit)
				.query((rs, row) -> new Session(rs.getObject(1, UUID.class), new Site(rs.getObject(3, UUID.class),
						rs.getString(4), AreaCode.parsePath(rs.getString(5)), rs.getString(6)), rs.getObject(2, LocalDate.class)))
				.list();
	}

	boolean anySite() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM testing.site)").query(Boolean.class).single();
	}
}
