package vn.pccovid.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.people.Addition;
import vn.pccovid.people.NewPerson;
import vn.pccovid.people.People;
import vn.pccovid.people.PersonOnPhone;
import vn.pccovid.people.PersonStatus;
import vn.pccovid.people.Relation;
import vn.pccovid.registry.IdentityCheck;
import vn.pccovid.registry.IdentityClaim;
import vn.pccovid.registry.IdentityVerification;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * The people on a phone: lists them, adds them after the registry verified the claimed identity (per
 * {@link LinkPolicy}, in {@link Additions}), removes links. Every addition and every refused attempt is audited.
 */
@Service
class PeopleManagement implements People {

	static final String PURPOSE_ADD = "people-add";
	static final String PURPOSE_LIST = "people-list";

	private final PersonSummaries summaries;
	private final IdentityVerification verification;
	private final LinkRecords links;
	private final RequestRecords requests;
	private final Additions additions;
	private final ConsentDecisions decisions;
	private final AuditLog audit;
	private final Clock clock;

	PeopleManagement(PersonSummaries summaries, IdentityVerification verification, LinkRecords links,
			RequestRecords requests, Additions additions, ConsentDecisions decisions, AuditLog audit, Clock clock) {
		this.summaries = summaries;
		this.verification = verification;
		this.links = links;
		this.requests = requests;
		this.additions = additions;
		this.decisions = decisions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonOnPhone> list(Actor actor) {
		String phone = actor.id();
		List<PersonOnPhone> people = new ArrayList<>();
		actor.phone().map(summaries::withPhone).orElse(List.of()).forEach(self -> people.add(entry(self, Relation.SELF, PersonStatus.ACTIVE)));
		List<AuditSubject> read = new ArrayList<>();
		for (LinkRecords.Link link : links.ofPhone(phone)) {
			summaries.summary(link.personId()).ifPresent(person -> {
				people.add(entry(person, link.relation(), PersonStatus.ACTIVE));
				read.add(new AuditSubject(person.id(), person.area()));
			});
		}
		for (RequestRecords.Request request : requests.pendingOf(phone)) {
			summaries.summary(request.personId()).ifPresent(person -> people.add(entry(person, Relation.DEPENDANT,
					PersonStatus.AWAITING_CONSENT)));
		}
		if (!read.isEmpty()) {
			audit.recordSoon(actor, AuditAction.READ, PURPOSE_LIST, "identity", read);
		}
		return people;
	}

	/**
	 * Verifies outside any transaction of ours, so that the registry's count of failed attempts survives the 404 that
	 * follows; only a matched identity opens the transaction that links or asks.
	 */
	@Override
	public Addition add(Actor actor, NewPerson claim) {
		if (claim == null) {
			throw new InvalidInputException("cccd", "people.field.required", "cccd");
		}
		IdentityCheck check = verification.verify(actor, new IdentityClaim(claim.cccd(), claim.fullName(), claim.dateOfBirth()));
		Optional<PersonSummary> found = check.match() ? summaries.byCccd(claim.cccd().strip()) : Optional.empty();
		if (found.isEmpty()) {
			audit.recordMissSoon(actor, AuditAction.VERIFY, PURPOSE_ADD, "identity", null);
			throw new NotFoundException("people.identity.notFound");
		}
		return additions.add(actor, found.get());
	}

	@Override
	@Transactional
	public void remove(Actor actor, UUID personId) {
		String phone = actor.id();
		boolean self = actor.phone().map(summaries::withPhone).orElse(List.of()).stream().anyMatch(p -> p.id().equals(personId));
		if (self) {
			throw new InvalidInputException("id", "people.remove.self");
		}
		boolean removed = links.delete(phone, personId) | requests.withdraw(phone, personId, clock.instant());
		if (!removed) {
			throw new NotFoundException("people.person.notFound");
		}
	}

	@Override
	public List<vn.pccovid.people.ConsentRequest> requests(Actor actor) {
		return decisions.requests(actor);
	}

	@Override
	public vn.pccovid.people.ConsentRequest accept(Actor actor, UUID requestId) {
		return decisions.decide(actor, requestId, true);
	}

	@Override
	public vn.pccovid.people.ConsentRequest decline(Actor actor, UUID requestId) {
		return decisions.decide(actor, requestId, false);
	}

	/** Awaiting consent, the ward is not shown: the caller proved who the person is, not where they live. */
	static PersonOnPhone entry(PersonSummary person, Relation relation, PersonStatus status) {
		String ward = status == PersonStatus.ACTIVE && person.area() != null ? person.area().value() : null;
		return new PersonOnPhone(person.id(), person.fullName(), person.yearOfBirth(), ward, relation, status);
	}
}
