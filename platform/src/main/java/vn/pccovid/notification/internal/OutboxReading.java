package vn.pccovid.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;

/**
 * Administrators' reads of the outbox. Its texts carry sign-in codes: whoever reads one can sign in as that
 * citizen. So the outbox is readable only on a development or demo install ({@code pccovid.notification.outbox-readable}
 * or {@code pccovid.demo.province}; otherwise 404), and every read is audited against the persons whose phone
 * received the messages read, so it shows in their "who read my data".
 */
@Service
class OutboxReading {

	static final String WHAT = "notification-text";

	private final Outbox outbox;
	private final AuditLog auditLog;
	private final PeopleOnPhone people;
	private final boolean readable;

	OutboxReading(Outbox outbox, AuditLog auditLog, PeopleOnPhone people, NotificationSettings settings,
			@Value("${pccovid.demo.province:}") String demoProvince) {
		this.outbox = outbox;
		this.auditLog = auditLog;
		this.people = people;
		this.readable = settings.outboxReadable() || !demoProvince.isBlank();
	}

	@Transactional
	List<Outbox.Entry> read(Actor actor, String recipient, Long before, int limit, String requestedPurpose) {
		if (!readable) {
			throw new NotFoundException("notification.outbox.notReadable");
		}
		String purpose = actor.purpose(requestedPurpose);
		List<Outbox.Entry> entries = outbox.find(recipient, before, limit);
		Map<UUID, AuditSubject> subjects = new LinkedHashMap<>();
		entries.stream().map(Outbox.Entry::recipient).distinct().flatMap(phone -> people.personIds(phone).stream())
				.forEach(id -> subjects.computeIfAbsent(id, key -> new AuditSubject(key, people.areaOf(key).orElse(null))));
		if (subjects.isEmpty()) {
			auditLog.recordMiss(actor, AuditAction.READ, purpose, WHAT, null);
		}
		else {
			auditLog.record(actor, AuditAction.READ, purpose, WHAT, subjects.values());
		}
		return entries;
	}
}
