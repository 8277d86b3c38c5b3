package vn.pccovid.registry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.registry.PhoneNumber;

/**
 * The people a phone speaks for, as far as the registry knows: the citizens registered with that number.
 * Temporary: the "people on my phone" module replaces it with one that adds accepted dependants.
 */
@Component
class RegistryPeopleOnPhone implements PeopleOnPhone {

	private final CitizenRecords citizens;
	private final JdbcClient jdbc;

	RegistryPeopleOnPhone(CitizenRecords citizens, JdbcClient jdbc) {
		this.citizens = citizens;
		this.jdbc = jdbc;
	}

	@Override
	public List<UUID> personIds(String phone) {
		return PhoneNumber.parse(phone).map(p -> citizens.withPhone(p.value()).stream().map(id -> id.value()).toList())
				.orElse(List.of());
	}

	@Override
	public List<String> phonesFor(UUID personId) {
		return jdbc.sql("SELECT phone FROM registry.citizen WHERE id = ? AND phone IS NOT NULL").param(personId)
				.query(String.class).list();
	}

	@Override
	public Optional<AreaCode> areaOf(UUID personId) {
		return jdbc.sql("SELECT area_path FROM registry.citizen WHERE id = ?").param(personId).query(String.class)
				.optional().map(AreaCode::parsePath);
	}
}
