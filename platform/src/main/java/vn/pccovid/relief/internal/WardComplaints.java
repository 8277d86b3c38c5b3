package vn.pccovid.relief.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.Permission;

/** The complaints of the caller's area (or one ward of it), newest first, audited per complaint read. */
@Service
class WardComplaints {

	private final Complaints complaints;
	private final AuditLog audit;

	WardComplaints(Complaints complaints, AuditLog audit) {
		this.complaints = complaints;
		this.audit = audit;
	}

	@Transactional
	List<Complaint> list(Actor actor, AreaCode ward, long before, int limit) {
		actor.require(Permission.RELIEF_READ);
		String prefix = actor.scope().sqlPrefix();
		if (ward != null) {
			actor.requireCovers(ward);
			prefix = ward.path();
		}
		List<Complaint> found = complaints.inArea(prefix, before, limit);
		if (found.isEmpty()) {
			audit.recordMiss(actor, AuditAction.SEARCH, PersonLookup.PURPOSE, "relief-complaints", ward);
		}
		else {
			audit.record(actor, AuditAction.SEARCH, PersonLookup.PURPOSE, "relief-complaints",
					found.stream().map(c -> new AuditSubject(c.citizenId(), AreaCode.parsePath(c.areaPath()))).toList());
		}
		return found;
	}
}
