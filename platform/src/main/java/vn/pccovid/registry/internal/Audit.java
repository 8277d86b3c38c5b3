package vn.pccovid.registry.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.Permission;
import vn.pccovid.registry.Citizen;

/** The registry's entries in the audit log: one subject per citizen read or changed, with the fields exposed. */
@Component
class Audit {

	static final String IDENTITY = "identity,residence";
	static final String WITH_CONTACT = "identity,residence,contact";

	private final AuditLog log;

	Audit(AuditLog log) {
		this.log = log;
	}

	/** Records the action on these citizens; nothing when there are none. */
	void record(Actor actor, AuditAction action, String purpose, Collection<Citizen> citizens) {
		if (citizens.isEmpty()) {
			return;
		}
		List<AuditSubject> subjects = citizens.stream().map(c -> new AuditSubject(c.id().value(), c.area())).toList();
		log.record(actor, action, purpose, what(actor), subjects);
	}

	/**
	 * Records, outside the caller's transaction (which may roll back), that the actor learned that these CCCDs are
	 * registered to these citizens.
	 */
	void learnedExists(Actor actor, String purpose, Collection<CitizenRecords.Registered> holders) {
		if (!holders.isEmpty()) {
			log.recordSoon(actor, AuditAction.VERIFY, purpose, "identity",
					holders.stream().map(CitizenRecords.Registered::subject).toList());
		}
	}

	/** Which fields the actor saw: contact fields only with contact permission. */
	static String what(Actor actor) {
		return actor.can(Permission.CITIZEN_CONTACT_READ) ? WITH_CONTACT : IDENTITY;
	}
}
