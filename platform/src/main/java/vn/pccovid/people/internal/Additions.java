package vn.pccovid.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.notification.NotificationRequest;
import vn.pccovid.notification.NotificationRequested;
import vn.pccovid.people.Addition;
import vn.pccovid.people.PersonStatus;
import vn.pccovid.people.Relation;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.core.PhoneNumber;

/**
 * Adds a person whose identity the registry confirmed, as {@link LinkPolicy} decides: a link at once, a consent
 * request in their inbox, or a refusal. Link, request, audit entry and notification commit together.
 */
@Component
class Additions {

	private final PersonSummaries summaries;
	private final LinkRecords links;
	private final RequestRecords requests;
	private final ConsentDecisions decisions;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Additions(PersonSummaries summaries, LinkRecords links, RequestRecords requests, ConsentDecisions decisions,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.summaries = summaries;
		this.links = links;
		this.requests = requests;
		this.decisions = decisions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Addition add(Actor actor, PersonSummary person) {
		String phone = actor.id();
		Instant now = clock.instant();
		LinkPolicy.Decision decision = LinkPolicy.decide(phone, actor.phone().map(summaries::withPhone).orElse(List.of()), person, LocalDate.now(clock));
		if (decision == LinkPolicy.Decision.SELF) {
			return new Addition(PeopleManagement.entry(person, Relation.SELF, PersonStatus.ACTIVE), null);
		}
		Optional<LinkRecords.Link> existing = links.find(phone, person.id());
		if (existing.isPresent()) {
			return new Addition(PeopleManagement.entry(person, existing.get().relation(), PersonStatus.ACTIVE), null);
		}
		AuditSubject subject = new AuditSubject(person.id(), person.area());
		switch (decision) {
			case REFUSE -> {
				audit.recordSoon(actor, AuditAction.VERIFY, PeopleManagement.PURPOSE_ADD + "-refused", "identity", List.of(subject));
				throw new ForbiddenException("people.add.wardOffice");
			}
			case ASK_CONSENT -> {
				boolean opened = requests.open(phone, person.id(), now);
				RequestRecords.Request request = requests.pending(phone, person.id()).orElseThrow();
				if (opened) {
					audit.record(actor, AuditAction.VERIFY, PeopleManagement.PURPOSE_ADD, "identity", List.of(subject));
					events.publishEvent(new NotificationRequested(new NotificationRequest(person.id(), null,
							"people.consent-request", Map.of("requesterPhoneMasked", PhoneNumber.mask(phone),
									"requestId", request.id().toString()), "people.consent-request:" + request.id())));
				}
				return new Addition(PeopleManagement.entry(person, Relation.DEPENDANT, PersonStatus.AWAITING_CONSENT), request.id());
			}
			default -> {
				Relation relation = LinkPolicy.relation(decision);
				decisions.link(phone, person, relation, now);
				audit.record(actor, AuditAction.CREATE, PeopleManagement.PURPOSE_ADD, "identity,residence", List.of(subject));
				return new Addition(PeopleManagement.entry(person, relation, PersonStatus.ACTIVE), null);
			}
		}
	}
}
