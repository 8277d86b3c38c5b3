package vn.pccovid.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.registry.PhoneNumber;

/**
 * The people a phone speaks for, as far as the registry knows: the citizens registered with that number.
 * Temporary: the "people on my phone" module replaces it with one that adds accepted dependants.
 */
@Component
class RegistryPeopleOnPhone implements PeopleOnPhone {

	private final CitizenRecords citizens;

	RegistryPeopleOnPhone(CitizenRecords citizens) {
		this.citizens = citizens;
	}

	@Override
	public List<UUID> personIds(String phone) {
		return PhoneNumber.parse(phone).map(p -> citizens.withPhone(p.value()).stream().map(id -> id.value()).toList())
				.orElse(List.of());
	}
}
