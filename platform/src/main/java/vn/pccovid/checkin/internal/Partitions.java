package vn.pccovid.checkin.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The day partitions of {@code checkin.checkin}, named {@code checkin_YYYYMMDD}: created before a row of that day
 * is written (remembered per node, so the common case costs nothing), listed and dropped by the retention job.
 */
@Repository
class Partitions {

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'checkin_'yyyyMMdd");
	private static final Pattern NAME_PATTERN = Pattern.compile("checkin_\\d{8}");

	private final JdbcClient jdbc;
	private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

	Partitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes sure the day's partition exists. */
	void ensure(LocalDate day) {
		if (known.contains(day)) {
			return;
		}
		synchronized (this) {
			if (!known.contains(day)) {
				create(day);
				known.add(day);
			}
		}
	}

	private void create(LocalDate day) {
		String sql = "CREATE TABLE IF NOT EXISTS checkin." + NAME.format(day) + " PARTITION OF checkin.checkin FOR VALUES FROM ('"
				+ day + "') TO ('" + day.plusDays(1) + "')";
		try {
			jdbc.sql(sql).update();
		}
		catch (DataAccessException e) {
			// Another node may have created it at the same moment (IF NOT EXISTS is not atomic): fine if it is there now.
			if (!days().contains(day)) {
				throw e;
			}
		}
	}

	/** The days that have a partition, oldest first. */
	List<LocalDate> days() {
		return jdbc.sql("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
				+ "JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace "
				+ "WHERE n.nspname = 'checkin' AND p.relname = 'checkin' ORDER BY c.relname")
				.query(String.class).list().stream().filter(name -> NAME_PATTERN.matcher(name).matches())
				.map(name -> LocalDate.parse(name.substring("checkin_".length()), DateTimeFormatter.BASIC_ISO_DATE)).toList();
	}

	/** Drops the day's partition and every check-in in it. */
	void drop(LocalDate day) {
		known.remove(day);
		jdbc.sql("DROP TABLE IF EXISTS checkin." + NAME.format(day)).update();
	}
}
