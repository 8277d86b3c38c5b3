package vn.pccovid.access.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.Permission;

/**
 * Searches of the audit log by administrators, themselves audited: the search and its own entry (action SEARCH,
 * the purpose the searcher gave, {@code what} = {@code audit-log} and the filters) are written in one transaction.
 * A search for one citizen is an entry about that citizen (they see it in "who read my data"); any other search is
 * an entry in the area of the searcher's scope.
 */
@Service
public class AuditSearches {

	private final AuditLog audit;

	AuditSearches(AuditLog audit) {
		this.audit = audit;
	}

	/** Entries in the actor's scope matching the query, newest first; 400 when the purpose is not one of the actor's. */
	@Transactional
	public List<AuditEntry> search(Actor actor, String requestedPurpose, AuditLog.AuditQuery query) {
		actor.require(Permission.AUDIT_READ);
		String purpose = actor.purpose(requestedPurpose);
		List<AuditEntry> found = audit.search(actor.scope(), query);
		String what = describe(query);
		if (query.citizenId() != null) {
			var area = found.stream().map(AuditEntry::citizenArea).filter(java.util.Objects::nonNull).findFirst()
					.map(vn.pccovid.core.AreaCode::parsePath).orElse(actor.scope().area());
			audit.record(actor, AuditAction.SEARCH, purpose, what, List.of(new AuditSubject(query.citizenId(), area)));
		}
		else {
			audit.recordMiss(actor, AuditAction.SEARCH, purpose, what, actor.scope().area());
		}
		return found;
	}

	private static String describe(AuditLog.AuditQuery query) {
		StringBuilder what = new StringBuilder("audit-log");
		if (query.actorName() != null) {
			String name = query.actorName();
			what.append(" actor=").append(name.length() > 80 ? name.substring(0, 80) + "…" : name);
		}
		if (query.citizenId() != null) {
			what.append(" citizen=").append(query.citizenId());
		}
		if (query.from() != null) {
			what.append(" from=").append(query.from());
		}
		if (query.to() != null) {
			what.append(" to=").append(query.to());
		}
		if (query.before() != null) {
			what.append(" before=").append(query.before());
		}
		return what.toString();
	}
}
