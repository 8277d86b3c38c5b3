package vn.pccovid.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.notification.NotificationRequest;
import vn.pccovid.notification.NotificationRequested;
import vn.pccovid.people.ConsentRequest;
import vn.pccovid.people.ConsentRequest.Status;
import vn.pccovid.people.Relation;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;
import vn.pccovid.core.PhoneNumber;

/**
 * Consent requests as the asked person sees them: only the phone a person is registered with may accept or decline
 * a request about them; accepting links the asking phone.
 */
@Component
class ConsentDecisions {

	private final PersonSummaries summaries;
	private final RequestRecords requests;
	private final LinkRecords links;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ConsentDecisions(PersonSummaries summaries, RequestRecords requests, LinkRecords links,
			ApplicationEventPublisher events, Clock clock) {
		this.summaries = summaries;
		this.requests = requests;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<ConsentRequest> requests(Actor actor) {
		Map<UUID, PersonSummary> own = own(actor);
		return requests.pendingFor(own.keySet()).stream().map(r -> view(r, own.get(r.personId()), r.status())).toList();
	}

	@Transactional
	ConsentRequest decide(Actor actor, UUID requestId, boolean accept) {
		Map<UUID, PersonSummary> own = own(actor);
		RequestRecords.Request request = requests.lock(requestId).filter(r -> own.containsKey(r.personId()))
				.orElseThrow(() -> new NotFoundException("people.request.notFound"));
		Status wanted = accept ? Status.ACCEPTED : Status.DECLINED;
		if (request.status() == wanted) {
			return view(request, own.get(request.personId()), wanted);
		}
		if (request.status() != Status.PENDING) {
			throw new ConflictException("id", "people.request.decided");
		}
		Instant now = clock.instant();
		requests.decide(request.id(), wanted, now);
		if (accept) {
			link(request.requesterPhone(), own.get(request.personId()), Relation.DEPENDANT, now);
		}
		return view(request, own.get(request.personId()), wanted);
	}

	/** Links the phone to the person and tells the person (their inbox). */
	void link(String phone, PersonSummary person, Relation relation, Instant now) {
		if (links.insert(phone, person.id(), relation, now)) {
			events.publishEvent(new NotificationRequested(new NotificationRequest(person.id(), null, "people.dependant-added",
					Map.of("fullName", person.fullName()),
					"people.dependant-added:" + phone + ":" + person.id() + ":" + now.toEpochMilli())));
		}
	}

	private Map<UUID, PersonSummary> own(Actor actor) {
		return actor.phone().map(summaries::withPhone).orElse(List.of()).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
	}

	private static ConsentRequest view(RequestRecords.Request r, PersonSummary person, Status status) {
		return new ConsentRequest(r.id(), r.personId(), person.fullName(), PhoneNumber.mask(r.requesterPhone()),
				r.createdAt(), status);
	}
}
