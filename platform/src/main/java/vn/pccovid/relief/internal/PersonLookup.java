package vn.pccovid.relief.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenSearch;
import vn.pccovid.registry.Citizens;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Finds people by CCCD for relief staff: 400 for a malformed number, 404 for one the registry does not know, 403
 * for a person outside the caller's area (misses and refusals audited). The full record (residence kind, flags)
 * is read through the registry's own search under the actor's purpose, so the registry audits that read too.
 */
@Component
class PersonLookup {

	static final String PURPOSE = "relief-support";

	private final PersonSummaries summaries;
	private final Citizens citizens;
	private final AttestedFlags attested;
	private final AuditLog audit;

	PersonLookup(PersonSummaries summaries, Citizens citizens, AttestedFlags attested, AuditLog audit) {
		this.summaries = summaries;
		this.citizens = citizens;
		this.attested = attested;
		this.audit = audit;
	}

	/** The registry's summary of the person, checked against the caller's area. */
	PersonSummary summary(Actor actor, String cccd, String what) {
		String number = new Cccd(cccd == null ? null : cccd.strip()).value();
		Optional<PersonSummary> found = summaries.byCccd(number);
		if (found.isEmpty()) {
			audit.recordMiss(actor, AuditAction.READ, PURPOSE, what + " unknown-cccd", actor.scope().area());
			throw new NotFoundException("relief.person.unknown");
		}
		if (!actor.isStaff() || !actor.scope().covers(found.get().area())) {
			audit.recordMiss(actor, AuditAction.READ, PURPOSE, what + " refused-outside-scope", actor.scope().area());
			throw new ForbiddenException("access.area.outside");
		}
		return found.get();
	}

	/** The registry's summary of a person by registry id (a list line), checked against the caller's area. */
	PersonSummary summary(Actor actor, java.util.UUID id, String what) {
		Optional<PersonSummary> found = summaries.summary(id);
		if (found.isEmpty()) {
			audit.recordMiss(actor, AuditAction.READ, PURPOSE, what + " unknown-person", actor.scope().area());
			throw new NotFoundException("relief.person.unknown");
		}
		if (!actor.isStaff() || !actor.scope().covers(found.get().area())) {
			audit.recordMiss(actor, AuditAction.READ, PURPOSE, what + " refused-outside-scope", actor.scope().area());
			throw new ForbiddenException("access.area.outside");
		}
		return found.get();
	}

	/** The facts the rules need (registry record and the ward's attestations); needs {@code CITIZEN_READ}. */
	PersonFacts facts(Actor actor, String cccd, String what) {
		PersonSummary summary = summary(actor, cccd, what);
		Citizen citizen = citizens.search(actor, new CitizenSearch(new Cccd(cccd.strip()).value(), summary.area().value(), null, 1),
				PURPOSE).items().stream().findFirst().orElseThrow(() -> new NotFoundException("relief.person.unknown"));
		Set<ReliefFlag> flags = EnumSet.noneOf(ReliefFlag.class);
		flags.addAll(attested.of(summary.id()));
		if (citizen.shipper()) {
			flags.add(ReliefFlag.SHIPPER);
		}
		return new PersonFacts(summary.id(), citizen.fullName(), citizen.dateOfBirth(), citizen.area(),
				citizen.householdId() == null ? null : citizen.householdId().value(), Residency.of(citizen), flags);
	}
}
