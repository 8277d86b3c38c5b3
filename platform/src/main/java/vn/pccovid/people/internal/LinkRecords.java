package vn.pccovid.people.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.people.Relation;

/** The {@code people.link} table: which phone acts for which person beyond its own registry records. */
@Repository
class LinkRecords {

	/** One link of a phone to a person. */
	record Link(String phone, UUID personId, Relation relation, Instant addedAt) {
	}

	private final JdbcClient jdbc;

	LinkRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the link unless it exists; answers whether it went in. */
	boolean insert(String phone, UUID personId, Relation relation, Instant at) {
		return jdbc.sql("""
				INSERT INTO people.link (phone, person_id, relation, added_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (phone, person_id) DO NOTHING""")
				.params(phone, personId, relation.name(), Timestamp.from(at)).update() == 1;
	}

	Optional<Link> find(String phone, UUID personId) {
		return jdbc.sql("SELECT phone, person_id, relation, added_at FROM people.link WHERE phone = ? AND person_id = ?")
				.params(phone, personId).query(LinkRecords::link).optional();
	}

	List<Link> ofPhone(String phone) {
		return jdbc.sql("SELECT phone, person_id, relation, added_at FROM people.link WHERE phone = ? ORDER BY position")
				.param(phone).query(LinkRecords::link).list();
	}

	List<UUID> personIds(String phone) {
		return jdbc.sql("SELECT person_id FROM people.link WHERE phone = ? ORDER BY position").param(phone)
				.query(UUID.class).list();
	}

	List<String> phonesOf(UUID personId) {
		return jdbc.sql("SELECT phone FROM people.link WHERE person_id = ? ORDER BY position").param(personId)
				.query(String.class).list();
	}

	/** {@link #phonesOf(UUID)} for many persons in one query: by person, each list in link order. */
	Map<UUID, List<String>> phonesOf(Collection<UUID> personIds) {
		Map<UUID, List<String>> phones = new HashMap<>();
		jdbc.sql("SELECT person_id, phone FROM people.link WHERE person_id = ANY(?::uuid[]) ORDER BY person_id, position")
				.param(personIds.stream().distinct().map(UUID::toString).toArray(String[]::new))
				.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
				.forEach(link -> phones.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue()));
		return phones;
	}

	boolean delete(String phone, UUID personId) {
		return jdbc.sql("DELETE FROM people.link WHERE phone = ? AND person_id = ?").params(phone, personId).update() == 1;
	}

	private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Link(rs.getString(1), rs.getObject(2, UUID.class), Relation.valueOf(rs.getString(3)),
				rs.getTimestamp(4).toInstant());
	}
}
