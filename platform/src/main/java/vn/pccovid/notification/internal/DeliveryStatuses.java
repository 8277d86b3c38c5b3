package vn.pccovid.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;

/**
 * Staff's view of delivery status for persons in their scope (filtered in SQL by the area path stored at send
 * time): kind, masked recipient, status, attempts and times — never the text, which may carry results. Reads
 * are audited against the persons listed.
 */
@Service
class DeliveryStatuses {

	static final int MAX_LIMIT = 200;
	private static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED");

	private final Deliveries deliveries;
	private final AuditLog auditLog;

	DeliveryStatuses(Deliveries deliveries, AuditLog auditLog) {
		this.deliveries = deliveries;
		this.auditLog = auditLog;
	}

	@Transactional
	KeysetPage<Deliveries.Status> find(Actor actor, String status, Long before, int limit, String requestedPurpose) {
		String purpose = actor.purpose(requestedPurpose);
		KeysetPage.checkedLimit(limit, MAX_LIMIT);
		String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
		if (wanted != null && !STATUSES.contains(wanted)) {
			throw new InvalidInputException("status", "notification.deliveries.status.invalid");
		}
		List<Deliveries.Status> rows = deliveries.inScope(actor.scope().sqlPrefix(), wanted, before, limit + 1);
		KeysetPage<Deliveries.Status> page = KeysetPage.of(rows, limit, Deliveries.Status::id);
		Map<UUID, AuditSubject> subjects = new LinkedHashMap<>();
		for (Deliveries.Status row : page.items()) {
			if (row.personId() != null) {
				subjects.computeIfAbsent(row.personId(), id -> new AuditSubject(id,
						row.areaPath() == null ? null : AreaCode.parsePath(row.areaPath())));
			}
		}
		if (subjects.isEmpty()) {
			auditLog.recordMiss(actor, AuditAction.SEARCH, purpose, "notification-delivery", actor.scope().area());
		}
		else {
			auditLog.record(actor, AuditAction.SEARCH, purpose, "notification-delivery", subjects.values());
		}
		return page;
	}
}
