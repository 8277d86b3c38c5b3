package vn.pccovid.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.core.Permission;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenId;
import vn.pccovid.registry.CitizenPage;
import vn.pccovid.registry.CitizenRegistered;
import vn.pccovid.registry.CitizenSearch;
import vn.pccovid.registry.Citizens;
import vn.pccovid.registry.NewCitizen;
import vn.pccovid.registry.PersonName;
import vn.pccovid.core.PhoneNumber;

/** Registration, reads and searches of citizens, each checked against the caller's permission and area and audited. */
@Service
class CitizenRegistry implements Citizens {

	private final CitizenRules rules;
	private final CitizenRecords citizens;
	private final HouseholdRecords households;
	private final CitizenQuery query;
	private final Audit audit;
	private final ApplicationEventPublisher events;

	CitizenRegistry(CitizenRules rules, CitizenRecords citizens, HouseholdRecords households, CitizenQuery query, Audit audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.rules = rules;
		this.citizens = citizens;
		this.households = households;
		this.query = query;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Citizen register(Actor actor, NewCitizen request) {
		actor.require(Permission.CITIZEN_REGISTER);
		ValidCitizen citizen = rules.check(request).orThrow();
		actor.requireCovers(citizen.area());
		if (citizen.householdId() != null) {
			var household = households.find(citizen.householdId(), true)
					.orElseThrow(() -> new InvalidInputException("householdId", "registry.household.unknown"));
			actor.requireCovers(household.area());
			if (!household.area().equals(citizen.area())) {
				throw new InvalidInputException("householdId", "registry.household.otherWard");
			}
		}
		else if (!citizen.homeless()) {
			UUID household = UUID.randomUUID();
			households.insert(new PopulationCopy.HouseholdRow(household, citizen.area(), citizen.currentAddress()));
			citizen = citizen.inHousehold(household);
		}
		if (!citizens.insert(citizen)) {
			// The 409 tells the caller that this CCCD is someone's: audited against that citizen, outside this
			// transaction, which the conflict rolls back.
			audit.learnedExists(actor, "citizen-register-conflict", citizens.registered(List.of(citizen.cccd())));
			throw new ConflictException(Cccd.FIELD, "registry.cccd.taken", citizen.cccd());
		}
		Citizen stored = citizens.find(citizen.id(), actor.can(Permission.CITIZEN_CONTACT_READ)).orElseThrow();
		audit.record(actor, AuditAction.CREATE, "citizen-register", List.of(stored));
		events.publishEvent(new CitizenRegistered(stored.id(), stored.area()));
		return stored;
	}

	@Override
	@Transactional
	public Citizen get(Actor actor, CitizenId id) {
		return get(actor, id, null);
	}

	@Override
	@Transactional
	public Citizen get(Actor actor, CitizenId id, String requestedPurpose) {
		actor.require(Permission.CITIZEN_READ);
		String purpose = actor.purpose(requestedPurpose);
		Citizen citizen = citizens.find(id.value(), actor.can(Permission.CITIZEN_CONTACT_READ))
				.orElseThrow(() -> new NotFoundException("registry.citizen.unknown"));
		actor.requireCovers(citizen.area());
		audit.record(actor, AuditAction.READ, purpose, List.of(citizen));
		return citizen;
	}

	@Override
	@Transactional
	public CitizenPage search(Actor actor, CitizenSearch search) {
		return search(actor, search, null);
	}

	@Override
	@Transactional
	public CitizenPage search(Actor actor, CitizenSearch search, String requestedPurpose) {
		actor.require(Permission.CITIZEN_READ);
		String purpose = actor.purpose(requestedPurpose);
		if (search.limit() < 1 || search.limit() > CitizenSearch.MAX_LIMIT) {
			throw new InvalidInputException("limit", "registry.search.limit", CitizenSearch.MAX_LIMIT);
		}
		String prefix = actor.scope().sqlPrefix();
		if (search.ward() != null && !search.ward().isBlank()) {
			AreaCode ward = rules.findWard(search.ward().strip())
					.orElseThrow(() -> new InvalidInputException("ward", "registry.ward.unknown", search.ward().strip())).code();
			actor.requireCovers(ward);
			prefix = ward.path();
		}
		String cccd = null;
		String nameKey = null;
		String q = search.q() == null ? "" : search.q().strip();
		if (q.chars().allMatch(Character::isDigit) && !q.isEmpty()) {
			if (!Cccd.isWellFormed(q)) {
				throw new InvalidInputException("q", "registry.search.query");
			}
			cccd = q;
		}
		else if (!q.isEmpty()) {
			nameKey = PersonName.key(q);
			if (nameKey.length() < 2 || nameKey.length() > PersonName.MAX_LENGTH) {
				throw new InvalidInputException("q", "registry.search.query");
			}
		}
		CitizenPage page = query.page(prefix, cccd, nameKey, blankToNull(search.after()), search.limit(),
				actor.can(Permission.CITIZEN_CONTACT_READ));
		audit.record(actor, AuditAction.SEARCH, purpose, page.items());
		return page;
	}

	@Override
	public List<CitizenId> withPhone(PhoneNumber phone) {
		return citizens.withPhone(phone.value());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
