package vn.pccovid.registry.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.pccovid.core.AreaCode;
import vn.pccovid.registry.DemoResidents;
import vn.pccovid.registry.PersonSummary;

/** {@link DemoResidents} from {@code registry.citizen}, keyset-paged by id (the primary key), only in demo mode: the one look-up of an area's residents. */
@Component
class DemoResidentRecords implements DemoResidents {

	private final JdbcClient jdbc;
	private final DemoSettings settings;

	DemoResidentRecords(JdbcClient jdbc, DemoSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public void forEachBatch(AreaCode area, int size, Consumer<List<PersonSummary>> batch) {
		if (!settings.enabled()) {
			return;
		}
		UUID after = null;
		while (true) {
			List<PersonSummary> people = page(area, false, after, size);
			if (people.isEmpty()) {
				return;
			}
			batch.accept(people);
			if (people.size() < size) {
				return;
			}
			after = people.get(people.size() - 1).id();
		}
	}

	@Override
	public List<PersonSummary> first(AreaCode area, boolean shippersOnly, int limit) {
		return settings.enabled() ? page(area, shippersOnly, null, limit) : List.of();
	}

	/** One keyset page of the area's residents after {@code after} (from the start when null). */
	private List<PersonSummary> page(AreaCode area, boolean shippersOnly, UUID after, int size) {
		return jdbc.sql("""
				SELECT id, full_name, date_of_birth, area_path, phone, household_id FROM registry.citizen
				WHERE area_path LIKE ? || '%' AND (shipper OR NOT ?) AND (? OR id > ?) ORDER BY id LIMIT ?""")
				.params(area.path(), shippersOnly, after == null, after == null ? new UUID(Long.MIN_VALUE, Long.MIN_VALUE) : after, size)
				.query((rs, row) -> new PersonSummary(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getObject(3, LocalDate.class), AreaCode.parsePath(rs.getString(4)), rs.getString(5),
						rs.getObject(6, UUID.class)))
				.list();
	}
}
