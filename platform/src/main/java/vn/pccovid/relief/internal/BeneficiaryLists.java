package vn.pccovid.relief.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.registry.PersonSummary;

/**
 * Ward lists: a local government officer of the person's ward attests occupations and proposes people, each checked
 * against the registry and the programme's rules (422 naming the failed rule); an officer of the level above (a
 * district or province, never the proposer) approves. Every step is audited in its own transaction.
 */
@Service
class BeneficiaryLists {

	private final ProgrammeCatalogue catalogue;
	private final PersonLookup people;
	private final Eligibility eligibility;
	private final Beneficiaries beneficiaries;
	private final AttestedFlags attested;
	private final AuditLog audit;
	private final Clock clock;

	BeneficiaryLists(ProgrammeCatalogue catalogue, PersonLookup people, Eligibility eligibility, Beneficiaries beneficiaries,
			AttestedFlags attested, AuditLog audit, Clock clock) {
		this.catalogue = catalogue;
		this.people = people;
		this.eligibility = eligibility;
		this.beneficiaries = beneficiaries;
		this.attested = attested;
		this.audit = audit;
		this.clock = clock;
	}

	/** Replaces the occupations the ward attests for the person (the registry's shipper flag is not attestable). */
	@Transactional(noRollbackFor = ProblemException.class)
	Set<ReliefFlag> attest(Actor actor, String cccd, Set<ReliefFlag> flags) {
		actor.require(Permission.RELIEF_PROPOSE);
		PersonSummary person = people.summary(actor, cccd, "relief-attest");
		Set<ReliefFlag> kept = EnumSet.noneOf(ReliefFlag.class);
		flags.stream().filter(flag -> !flag.fromRegistry()).forEach(kept::add);
		attested.replace(person.id(), kept, person.area().path(), actor.name(), clock.instant());
		audit.record(actor, AuditAction.UPDATE, PersonLookup.PURPOSE, "relief-attest flags=" + kept,
				List.of(new AuditSubject(person.id(), person.area())));
		return kept;
	}

	/** Proposes the person for the programme: 422 naming the failed rule, 409 when they or their household are listed. */
	@Transactional(noRollbackFor = ProblemException.class)
	Beneficiary propose(Actor actor, UUID programmeId, String cccd) {
		actor.require(Permission.RELIEF_PROPOSE);
		Programme programme = catalogue.get(programmeId);
		PersonFacts person = people.facts(actor, cccd, "relief-propose programme=" + programmeId);
		AuditSubject subject = new AuditSubject(person.id(), person.area());
		var failed = eligibility.check(programme, person);
		if (failed.isPresent()) {
			// The refusal is audited (the person's record was read for it) and kept: a ProblemException leaves the
			// transaction to commit what was written before it, which is only audit entries.
			audit.record(actor, AuditAction.READ, PersonLookup.PURPOSE,
					"relief-propose programme=" + programmeId + " refused rule=" + failed.get().rule(), List.of(subject));
			throw new NotEligibleException(failed.get());
		}
		String payeeKey = person.payeeKey(programme.per());
		if (!beneficiaries.insert(programmeId, person, payeeKey, MaskedNames.of(person.fullName()), actor.id(), clock.instant())) {
			boolean self = beneficiaries.find(programmeId, person.id()).isPresent();
			throw new ConflictException("cccd", self ? "relief.beneficiary.listed" : "relief.beneficiary.household-listed");
		}
		audit.record(actor, AuditAction.CREATE, PersonLookup.PURPOSE, "relief-propose programme=" + programmeId, List.of(subject));
		return beneficiaries.find(programmeId, person.id()).orElseThrow();
	}

	/**
	 * Approves a proposed line: the approver's scope must be a district or province (or the country) covering the
	 * person's ward, and the approver not the proposer; 404 when the person is not on the list.
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	Beneficiary approve(Actor actor, UUID programmeId, String cccd) {
		actor.require(Permission.RELIEF_APPROVE);
		catalogue.get(programmeId);
		return approve(actor, programmeId, people.summary(actor, cccd, "relief-approve programme=" + programmeId));
	}

	/** {@link #approve(Actor, UUID, String)} for a line chosen on the console page (by registry id). */
	@Transactional(noRollbackFor = ProblemException.class)
	Beneficiary approve(Actor actor, UUID programmeId, UUID personId) {
		actor.require(Permission.RELIEF_APPROVE);
		catalogue.get(programmeId);
		return approve(actor, programmeId, people.summary(actor, personId, "relief-approve programme=" + programmeId));
	}

	private Beneficiary approve(Actor actor, UUID programmeId, PersonSummary person) {
		Beneficiary line = beneficiaries.find(programmeId, person.id())
				.orElseThrow(() -> new NotFoundException("relief.beneficiary.unknown"));
		AreaCode scope = actor.scope().area();
		AuditSubject subject = new AuditSubject(person.id(), person.area());
		if (scope != null && scope.level() == AreaLevel.WARD) {
			audit.record(actor, AuditAction.UPDATE, PersonLookup.PURPOSE, "relief-approve refused=ward-level", List.of(subject));
			throw new ForbiddenException("relief.approval.level");
		}
		if (line.proposedBy().equals(actor.id())) {
			audit.record(actor, AuditAction.UPDATE, PersonLookup.PURPOSE, "relief-approve refused=own-proposal", List.of(subject));
			throw new ForbiddenException("relief.approval.own");
		}
		beneficiaries.approve(programmeId, person.id(), actor.id(), clock.instant());
		audit.record(actor, AuditAction.UPDATE, PersonLookup.PURPOSE, "relief-approve programme=" + programmeId,
				List.of(subject));
		return beneficiaries.find(programmeId, person.id()).orElseThrow();
	}

	/** The lines of the programme in the caller's area (or one ward of it), audited per line read. */
	@Transactional
	List<Beneficiary> list(Actor actor, UUID programmeId, AreaCode ward, Beneficiary.Status status, long after, int limit) {
		actor.require(Permission.RELIEF_READ);
		catalogue.get(programmeId);
		String prefix = actor.scope().sqlPrefix();
		if (ward != null) {
			actor.requireCovers(ward);
			prefix = ward.path();
		}
		List<Beneficiary> lines = beneficiaries.list(programmeId, prefix, status, after, limit);
		if (lines.isEmpty()) {
			audit.recordMiss(actor, AuditAction.SEARCH, PersonLookup.PURPOSE, "relief-list programme=" + programmeId, ward);
		}
		else {
			audit.record(actor, AuditAction.SEARCH, PersonLookup.PURPOSE, "relief-list programme=" + programmeId,
					lines.stream().map(line -> new AuditSubject(line.citizenId(), AreaCode.parsePath(line.areaPath()))).toList());
		}
		return lines;
	}
}
