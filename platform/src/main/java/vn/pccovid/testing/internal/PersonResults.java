package vn.pccovid.testing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.core.Permission;

/**
 * A person's result history, for the phones that act for them (anyone else: 404, as if there were no such person)
 * and for staff who may read results in the person's area (audited {@code READ}; a refusal or an unknown person is
 * audited as a miss).
 */
@Service
class PersonResults {

	static final int LIMIT = 100;
	static final String WHAT = "test-results";

	private final ResultHistory history;
	private final PeopleOnPhone people;
	private final AuditLog auditLog;

	PersonResults(ResultHistory history, PeopleOnPhone people, AuditLog auditLog) {
		this.history = history;
		this.people = people;
		this.auditLog = auditLog;
	}

	/**
	 * One person's results on the citizen's page.
	 *
	 * @param personId the person
	 * @param name     their name, or {@code null}
	 * @param items    their results
	 */
	record Shown(UUID personId, String name, List<ResultHistory.Item> items) {
	}

	List<ResultHistory.Item> forCitizen(Actor citizen, UUID personId) {
		String phone = citizen.phone().map(p -> p.value()).orElseThrow(() -> new NotFoundException("testing.person.unknown"));
		if (!people.mayActFor(phone, personId)) {
			throw new NotFoundException("testing.person.unknown");
		}
		return history.of(personId, LIMIT);
	}

	@Transactional(noRollbackFor = { ForbiddenException.class, NotFoundException.class })
	List<ResultHistory.Item> forStaff(Actor staff, UUID personId, String requestedPurpose) {
		staff.require(Permission.RESULT_READ);
		String purpose = staff.purpose(requestedPurpose);
		AreaCode area = people.areaOf(personId).orElse(null);
		if (area == null) {
			auditLog.recordMiss(staff, AuditAction.READ, purpose, WHAT, null);
			throw new NotFoundException("testing.person.unknown");
		}
		if (!staff.scope().covers(area)) {
			auditLog.recordMiss(staff, AuditAction.READ, purpose, WHAT, staff.scope().area());
			throw new ForbiddenException("access.area.outside");
		}
		auditLog.record(staff, AuditAction.READ, purpose, WHAT, List.of(new AuditSubject(personId, area)));
		return history.of(personId, LIMIT);
	}
}
