package vn.pccovid.relief.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Occupations a ward attests for a person (freelance worker …), replacing what it attested before. */
@Repository
class AttestedFlags {

	private final JdbcClient jdbc;

	AttestedFlags(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<ReliefFlag> of(UUID citizen) {
		Set<ReliefFlag> flags = EnumSet.noneOf(ReliefFlag.class);
		jdbc.sql("SELECT flag FROM relief.attested_flag WHERE citizen_id = ?").param(citizen).query(String.class).list()
				.forEach(flag -> flags.add(ReliefFlag.valueOf(flag)));
		return flags;
	}

	void replace(UUID citizen, Set<ReliefFlag> flags, String areaPath, String by, Instant at) {
		jdbc.sql("DELETE FROM relief.attested_flag WHERE citizen_id = ?").param(citizen).update();
		for (ReliefFlag flag : flags) {
			jdbc.sql("INSERT INTO relief.attested_flag (citizen_id, flag, area_path, attested_by, attested_at) VALUES (?, ?, ?, ?, ?)")
					.params(citizen, flag.name(), areaPath, by, Timestamp.from(at)).update();
		}
	}
}
