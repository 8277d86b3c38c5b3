package vn.pccovid.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.core.PhoneNumber;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.notification.Message;
import vn.pccovid.notification.NotificationRequest;
import vn.pccovid.notification.NotificationRequested;
import vn.pccovid.notification.Notifications;

/**
 * Stores each notification once per idempotency key in the caller's transaction: the inbox row at once, one SMS
 * delivery per phone that acts for the person (or the bare phone). The {@link DeliveryWorker} sends them after
 * commit.
 */
@Service
class NotificationSender implements Notifications {

	private static final String SUBJECT = "PC-Covid";

	private final NotificationRecords records;
	private final Deliveries deliveries;
	private final Templates templates;
	private final PeopleOnPhone people;
	private final DeliveryWorker worker;
	private final Clock clock;

	NotificationSender(NotificationRecords records, Deliveries deliveries, Templates templates, PeopleOnPhone people,
			DeliveryWorker worker, Clock clock) {
		this.records = records;
		this.deliveries = deliveries;
		this.templates = templates;
		this.people = people;
		this.worker = worker;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean send(NotificationRequest request) {
		return send(request, null);
	}

	/** Like {@link #send(NotificationRequest)}; an SMS still unsent at {@code giveUpAt} (if given) is dropped as FAILED. */
	@Transactional(propagation = Propagation.REQUIRED)
	boolean send(NotificationRequest request, Instant giveUpAt) {
		templates.check(request.kind(), request.params());
		String barePhone = request.phone() == null ? null : PhoneNumber.parse(request.phone()).map(PhoneNumber::value)
				.orElseThrow(() -> new IllegalArgumentException("not a Vietnamese mobile number: " + request.phone()));
		Instant now = clock.instant();
		// A bare-phone message has no inbox, so its parameters (a sign-in code) are not kept beyond the SMS text.
		Map<String, String> kept = request.personId() == null ? Map.of() : request.params();
		var id = records.insert(request.idempotencyKey(), request.personId(), request.kind(), kept, now);
		if (id.isEmpty()) {
			return false;
		}
		Set<String> phones = new LinkedHashSet<>();
		String area = null;
		if (request.personId() != null) {
			phones.addAll(people.phonesFor(request.personId()));
			area = people.areaOf(request.personId()).map(AreaCode::path).orElse(null);
		}
		if (barePhone != null) {
			phones.add(barePhone);
		}
		String text = templates.sms(request.kind(), request.params());
		for (String phone : phones) {
			deliveries.add(id.get(), request.personId(), area, request.kind(),
					new Message(phone, Message.Channel.SMS, SUBJECT, text), now, giveUpAt);
		}
		worker.kickAfterCommit();
		return true;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public int sendAll(List<NotificationRequest> requests) {
		Map<String, NotificationRequest> byKey = new LinkedHashMap<>();
		for (NotificationRequest request : requests) {
			templates.check(request.kind(), request.params());
			if (request.phone() != null && PhoneNumber.parse(request.phone()).isEmpty()) {
				throw new IllegalArgumentException("not a Vietnamese mobile number: " + request.phone());
			}
			byKey.putIfAbsent(request.idempotencyKey(), request);
		}
		Instant now = clock.instant();
		Map<String, Long> ids = records.insertAll(byKey.values().stream().map(r -> new NotificationRecords.NewNotification(
				r.idempotencyKey(), r.personId(), r.kind(), r.personId() == null ? Map.of() : r.params())).toList(), now);
		if (ids.isEmpty()) {
			return 0;
		}
		List<NotificationRequest> fresh = byKey.values().stream().filter(r -> ids.containsKey(r.idempotencyKey())).toList();
		Set<UUID> persons = new LinkedHashSet<>();
		fresh.stream().map(NotificationRequest::personId).filter(Objects::nonNull).forEach(persons::add);
		Map<UUID, List<String>> phonesOf = people.phonesForEach(persons);
		Map<UUID, AreaCode> areas = people.areasOf(persons);
		List<Deliveries.NewDelivery> rows = new ArrayList<>();
		for (NotificationRequest request : fresh) {
			Set<String> phones = new LinkedHashSet<>();
			String area = null;
			if (request.personId() != null) {
				phones.addAll(phonesOf.getOrDefault(request.personId(), List.of()));
				AreaCode at = areas.get(request.personId());
				area = at == null ? null : at.path();
			}
			if (request.phone() != null) {
				phones.add(PhoneNumber.parse(request.phone()).orElseThrow().value());
			}
			String text = templates.sms(request.kind(), request.params());
			for (String phone : phones) {
				rows.add(new Deliveries.NewDelivery(ids.get(request.idempotencyKey()), request.personId(), area, request.kind(),
						new Message(phone, Message.Channel.SMS, SUBJECT, text)));
			}
		}
		deliveries.addAll(rows, now);
		worker.kickAfterCommit();
		return fresh.size();
	}

	/** The event form of {@link #send}: after the publisher's commit, in a transaction of its own. */
	@ApplicationModuleListener
	void on(NotificationRequested event) {
		send(event.request());
	}
}
