package vn.pccovid.checkin.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.checkin.RecordedCheckIn;
import vn.pccovid.core.AreaCode;

/** The {@code checkin.checkin} table (partitioned by day): appends, the visitor log, a person's history, streaming. */
@Repository
class CheckInRecords {

	/** A visit as the visitor log reads it. */
	record Visit(UUID eventId, Instant at, UUID personId, CheckInChannel via) {
	}

	/** A visit as the person's history reads it. */
	record OwnVisit(UUID eventId, Instant at, UUID venueId, String venueName, String venueAddress, CheckInChannel via) {
	}

	private static final String UNIQUE_VIOLATION = "23505";
	/** Groups of at least this many rows go by COPY (see {@link #insert}). */
	static final int COPY_FROM_ROWS = 100;
	private static final UUID LOWEST = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	CheckInRecords(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Appends the rows, leaving out those whose (event id, day) is stored already or repeated earlier in the list;
	 * answers the keys of the rows stored now. Call inside a transaction (the group commit's).
	 *
	 * <p>The rows go first by {@code COPY} inside a savepoint: new event ids are the rule, and COPY's multi-row inserts
	 * cost the database markedly less per row than {@code INSERT … ON CONFLICT} (issue 9's benchmark: the statement
	 * alone reached 0.5–0.8× COPY's rate in the same run). COPY cannot skip a stored row: when any row is, the unique
	 * key refuses the COPY as a whole (SQLSTATE 23505), the savepoint is rolled back and the rows go again through
	 * {@link #insertSkippingStored}, which leaves the stored ones out. So a replay costs a failed COPY more, and two
	 * writers storing the same event at once end like two {@code ON CONFLICT} inserts: one row, the later one waits
	 * for the earlier's commit and then counts it as stored.
	 *
	 * <p>Fewer than {@value #COPY_FROM_ROWS} rows (single check-ins, grouped) go as one {@code INSERT … ON CONFLICT}
	 * instead: the savepoint, the COPY's start and end and the savepoint's release are four round trips, each parsed
	 * and answered by the server, which for a group of a few rows cost it more than the rows themselves.
	 */
	Set<CheckInRow.Key> insert(List<CheckInRow> rows) {
		Map<CheckInRow.Key, CheckInRow> unique = new LinkedHashMap<>(rows.size() * 2);
		for (CheckInRow row : rows) {
			unique.putIfAbsent(row.key(), row);
		}
		if (unique.size() < COPY_FROM_ROWS) {
			return insertSkippingStored(new ArrayList<>(unique.values()));
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			CheckInCopy copy = null;
			try {
				copy = new CheckInCopy(connection);
				for (CheckInRow row : unique.values()) {
					copy.add(row.eventId(), row.at(), row.venueId(), row.personId(), row.via());
				}
				copy.finish();
				connection.releaseSavepoint(savepoint);
				return unique.keySet();
			}
			catch (SQLException e) {
				if (copy != null) {
					copy.cancel();
				}
				if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
					throw e;
				}
				connection.rollback(savepoint);
			}
		}
		catch (SQLException e) {
			throw new UncategorizedSQLException("COPY into checkin.checkin", null, e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		return insertSkippingStored(new ArrayList<>(unique.values()));
	}

	/** Appends the rows in one statement, leaving out those stored already ({@code ON CONFLICT DO NOTHING}). */
	Set<CheckInRow.Key> insertSkippingStored(List<CheckInRow> rows) {
		int n = rows.size();
		// Ids go as uuid[] (binary, 16 bytes each), not as text to cast: PostgreSQL then parses only the times and days.
		UUID[] ids = new UUID[n];
		String[] days = new String[n];
		String[] ats = new String[n];
		UUID[] venues = new UUID[n];
		UUID[] persons = new UUID[n];
		String[] vias = new String[n];
		for (int i = 0; i < n; i++) {
			CheckInRow row = rows.get(i);
			ids[i] = row.eventId();
			days[i] = row.day().toString();
			ats[i] = row.at().toString();
			venues[i] = row.venueId();
			persons[i] = row.personId();
			vias[i] = row.via().name();
		}
		Set<CheckInRow.Key> stored = new HashSet<>(n * 2);
		jdbc.sql("INSERT INTO checkin.checkin (event_id, day, at, venue_id, person_id, via) "
				+ "SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS date[]), CAST(? AS timestamptz[]), CAST(? AS uuid[]), "
				+ "CAST(? AS uuid[]), CAST(? AS text[])) ON CONFLICT DO NOTHING RETURNING event_id, day")
				.params(ids, days, ats, venues, persons, vias)
				.query((rs, i) -> stored.add(new CheckInRow.Key(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))))
				.list();
		return stored;
	}

	/** One page of a venue's visits in [from, to), oldest first, after the keyset (at, event id) when given. */
	List<Visit> visits(UUID venueId, Instant from, Instant to, Instant afterAt, UUID afterId, int limit) {
		Instant start = afterAt == null ? from : afterAt;
		UUID startId = afterAt == null ? LOWEST : afterId;
		return jdbc.sql("SELECT event_id, at, person_id, via FROM checkin.checkin WHERE venue_id = ? "
				+ "AND day BETWEEN CAST(? AS date) AND CAST(? AS date) AND at >= ? AND at < ? AND (at, event_id) > (?, ?) "
				+ "ORDER BY at, event_id LIMIT ?")
				.params(venueId, CheckInRow.dayOf(from).toString(), CheckInRow.dayOf(to).toString(), Timestamp.from(from),
						Timestamp.from(to), Timestamp.from(start), afterAt == null ? startId : afterId, limit)
				.query((rs, i) -> new Visit(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
						rs.getObject(3, UUID.class), CheckInChannel.valueOf(rs.getString(4))))
				.list();
	}

	/** One page of a person's visits, newest first, before the keyset (at, event id) when given. */
	List<OwnVisit> history(UUID personId, Instant beforeAt, UUID beforeId, int limit) {
		Instant start = beforeAt == null ? Instant.parse("9999-12-31T00:00:00Z") : beforeAt;
		UUID startId = beforeAt == null ? new UUID(Long.MAX_VALUE, Long.MAX_VALUE) : beforeId;
		return jdbc.sql("SELECT c.event_id, c.at, c.venue_id, v.name, v.address, c.via FROM checkin.checkin c "
				+ "JOIN checkin.venue v ON v.id = c.venue_id WHERE c.person_id = ? AND (c.at, c.event_id) < (?, ?) "
				+ "ORDER BY c.at DESC, c.event_id DESC LIMIT ?")
				.params(personId, Timestamp.from(start), startId, limit)
				.query((rs, i) -> new OwnVisit(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
						rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), CheckInChannel.valueOf(rs.getString(6))))
				.list();
	}

	/** Check-ins per hour at a venue in [from, to): what its owner may see (times and counts, never who). */
	List<HourCount> hourlyCounts(UUID venueId, Instant from, Instant to) {
		return jdbc.sql("SELECT date_trunc('hour', at) AS hour, count(*) FROM checkin.checkin WHERE venue_id = ? "
				+ "AND day BETWEEN CAST(? AS date) AND CAST(? AS date) AND at >= ? AND at < ? GROUP BY 1 ORDER BY 1")
				.params(venueId, CheckInRow.dayOf(from).toString(), CheckInRow.dayOf(to).toString(), Timestamp.from(from),
						Timestamp.from(to))
				.query((rs, i) -> new HourCount(rs.getTimestamp(1).toInstant(), rs.getLong(2))).list();
	}

	/** Visits in one hour. */
	record HourCount(Instant hour, long count) {
	}

	/** Streams every check-in at or after {@code from}, oldest first, through a cursor (call inside a transaction). */
	void forEachSince(Instant from, Consumer<RecordedCheckIn> each) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(2000);
		template.query("SELECT c.person_id, c.venue_id, v.area_path, c.at, c.via FROM checkin.checkin c "
				+ "JOIN checkin.venue v ON v.id = c.venue_id WHERE c.day >= CAST(? AS date) AND c.at >= ? ORDER BY c.at",
				(ResultSet rs) -> {
					each.accept(recorded(rs));
				}, CheckInRow.dayOf(from).toString(), Timestamp.from(from));
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM checkin.checkin").query(Long.class).single();
	}

	private static RecordedCheckIn recorded(ResultSet rs) throws SQLException {
		return new RecordedCheckIn(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				AreaCode.parsePath(rs.getString(3)), rs.getTimestamp(4).toInstant(), CheckInChannel.valueOf(rs.getString(5)));
	}
}
