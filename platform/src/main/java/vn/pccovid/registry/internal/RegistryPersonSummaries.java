package vn.pccovid.registry.internal;

import vn.pccovid.core.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.CccdCard;
import vn.pccovid.registry.CccdQr;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/** Person summaries straight from {@code registry.citizen}, each by one indexed look-up (id, CCCD or phone). */
@Component
class RegistryPersonSummaries implements PersonSummaries {

	private static final String COLUMNS = "id, full_name, date_of_birth, area_path, phone, household_id";

	private final JdbcClient jdbc;
	private final CitizenRules rules;
	private final Clock clock;

	RegistryPersonSummaries(JdbcClient jdbc, CitizenRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public Optional<PersonSummary> summary(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM registry.citizen WHERE id = ?").param(id)
				.query(RegistryPersonSummaries::summary).optional();
	}

	@Override
	public Map<UUID, PersonSummary> summaries(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, PersonSummary> found = new HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM registry.citizen WHERE id = ANY(?::uuid[])")
				.param(ids.stream().distinct().map(UUID::toString).toArray(String[]::new))
				.query(RegistryPersonSummaries::summary).list().forEach(person -> found.put(person.id(), person));
		return found;
	}

	@Override
	public Optional<PersonSummary> byCccd(String cccd) {
		if (!Cccd.isWellFormed(cccd)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM registry.citizen WHERE cccd = ?").param(cccd)
				.query(RegistryPersonSummaries::summary).optional();
	}

	@Override
	public List<PersonSummary> withPhone(PhoneNumber phone) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM registry.citizen WHERE phone = ? ORDER BY date_of_birth, id")
				.param(phone.value()).query(RegistryPersonSummaries::summary).list();
	}

	@Override
	public boolean isShipper(UUID id) {
		return jdbc.sql("SELECT shipper FROM registry.citizen WHERE id = ?").param(id).query(Boolean.class).optional()
				.orElse(false);
	}

	@Override
	public Map<AreaCode, Long> residentsPerWard(AreaCode area, LocalDate bornOnOrBefore) {
		Map<AreaCode, Long> counts = new LinkedHashMap<>();
		// The area prefix uses citizen_by_area_name; one pass over the area's residents, grouped by ward.
		jdbc.sql("""
				SELECT area_path, count(*) FROM registry.citizen
				WHERE area_path LIKE ? AND date_of_birth <= ? GROUP BY area_path ORDER BY area_path""")
				.params(area.path() + "%", bornOnOrBefore)
				.query((rs, row) -> counts.put(AreaCode.parsePath(rs.getString(1)), rs.getLong(2))).list();
		return counts;
	}

	@Override
	public CccdCard readCard(String qr) {
		return CccdQr.parse(qr, rules::isProvince, LocalDate.now(clock));
	}

	private static PersonSummary summary(ResultSet rs, int row) throws SQLException {
		return new PersonSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
				AreaCode.parsePath(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class));
	}
}
