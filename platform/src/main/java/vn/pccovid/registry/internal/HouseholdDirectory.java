package vn.pccovid.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.core.Permission;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenId;
import vn.pccovid.registry.Household;
import vn.pccovid.registry.HouseholdId;
import vn.pccovid.registry.HouseholdMember;
import vn.pccovid.registry.Households;

/** Households and their members, for staff (scoped, audited) and for other modules. */
@Service
class HouseholdDirectory implements Households {

	private final HouseholdRecords households;
	private final CitizenRecords citizens;
	private final Audit audit;

	HouseholdDirectory(HouseholdRecords households, CitizenRecords citizens, Audit audit) {
		this.households = households;
		this.citizens = citizens;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Household get(Actor actor, HouseholdId id) {
		return get(actor, id, null);
	}

	@Override
	@Transactional
	public Household get(Actor actor, HouseholdId id, String requestedPurpose) {
		actor.require(Permission.CITIZEN_READ);
		String purpose = actor.purpose(requestedPurpose);
		boolean contact = actor.can(Permission.CITIZEN_CONTACT_READ);
		var household = households.find(id.value(), contact)
				.orElseThrow(() -> new NotFoundException("registry.household.notFound"));
		actor.requireCovers(household.area());
		List<Citizen> members = citizens.inHousehold(id.value(), contact);
		audit.record(actor, AuditAction.READ, purpose, members);
		return new Household(id, household.area(), household.address(), members);
	}

	@Override
	@Transactional(readOnly = true)
	public List<HouseholdMember> membersOf(CitizenId citizen) {
		return households.ofCitizen(citizen.value())
				.map(household -> citizens.inHousehold(household, false).stream()
						.map(c -> new HouseholdMember(c.id(), c.fullName(), c.dateOfBirth(), c.area())).toList())
				.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<CitizenId, List<HouseholdMember>> membersOfAll(Collection<CitizenId> citizens) {
		Map<CitizenId, List<HouseholdMember>> members = new LinkedHashMap<>();
		if (citizens.isEmpty()) {
			return members;
		}
		households.membersOfAll(citizens.stream().map(CitizenId::value).distinct().toList())
				.forEach(row -> members.computeIfAbsent(new CitizenId(row.of()), k -> new ArrayList<>())
						.add(new HouseholdMember(new CitizenId(row.id()), row.fullName(), row.dateOfBirth(), row.area())));
		return members;
	}
}
