package vn.pccovid.movement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.core.Permission;
import vn.pccovid.core.UnauthorizedException;
import vn.pccovid.geo.Areas;
import vn.pccovid.movement.PermitStatus;
import vn.pccovid.registry.IdentityClaim;
import vn.pccovid.registry.IdentityVerification;
import vn.pccovid.registry.PersonName;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Travel permits from application to decision. A citizen applies for a person on their phone, an organisation for
 * its workers (identity verified against the registry); the ward police of the <b>holder's residence ward</b> decide
 * ({@link #decidingWard}, the one rule); an approval signs the permit QR.
 */
@Service
class PermitApplications {

	static final int MAX_REASON = 500;

	private final PermitRecords permits;
	private final Purposes purposes;
	private final Areas areas;
	private final PersonSummaries summaries;
	private final IdentityVerification verification;
	private final PeopleOnPhone people;
	private final AuditLog audit;
	private final PermitQr qr;
	private final Clock clock;

	PermitApplications(PermitRecords permits, Purposes purposes, Areas areas, PersonSummaries summaries,
			IdentityVerification verification, PeopleOnPhone people, AuditLog audit, PermitQr qr, Clock clock) {
		this.permits = permits;
		this.purposes = purposes;
		this.areas = areas;
		this.summaries = summaries;
		this.verification = verification;
		this.people = people;
		this.audit = audit;
		this.qr = qr;
		this.clock = clock;
	}

	/** An application as received (JSON or a CSV row). */
	record Application(String cccd, String fullName, String dateOfBirth, String purpose, String validFrom, String validTo,
			List<String> zones) {
	}

	/**
	 * Whose ward police decide a permit: the holder's residence ward, for citizens' and organisations' applications
	 * alike. Ward police answer for the people of their ward; an organisation's workers may live anywhere, and each
	 * ward decides for its own residents.
	 */
	static AreaCode decidingWard(PersonSummary holder) {
		return holder.area();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(MovementTime.VIETNAM));
	}

	/** Applies for a permit: a citizen for a person on their phone (else 404), an organisation for a verified worker. */
	@Transactional
	Permit apply(Actor actor, Application application) {
		return apply(actor, application, null);
	}

	@Transactional
	Permit apply(Actor actor, Application application, UUID uploadId) {
		requireApplicant(actor);
		if (application == null) {
			throw new InvalidInputException("cccd", "movement.permit.cccd", "");
		}
		PermitForm.Checked checked = PermitForm.check(application.cccd(), application.fullName(), application.dateOfBirth(),
				application.purpose(), application.validFrom(), application.validTo(), application.zones(), purposes.codes(),
				areas, today());
		PersonSummary holder = actor.isCitizen() ? citizensPerson(actor, checked) : verifiedWorker(actor, checked);
		Permit permit = new Permit(UUID.randomUUID(), holder.id(), holder.fullName(), holder.yearOfBirth(),
				decidingWard(holder), checked.purpose(), checked.validFrom(), checked.validTo(), checked.zones(),
				PermitStatus.PENDING, actor.isCitizen() ? "CITIZEN" : "ORGANISATION", actor.id(), clock.instant(), null, null);
		permits.insert(permit, uploadId);
		audit.record(actor, AuditAction.CREATE, actor.purpose(null), "travel-permit",
				List.of(new AuditSubject(holder.id(), holder.area())));
		return permit;
	}

	static void requireApplicant(Actor actor) {
		if (actor.isStaff()) {
			actor.require(Permission.PERMIT_APPLY);
		}
		else if (!actor.isCitizen()) {
			throw new UnauthorizedException("access.sign-in-required");
		}
	}

	private PersonSummary citizensPerson(Actor actor, PermitForm.Checked checked) {
		Optional<PersonSummary> person = summaries.byCccd(checked.cccd())
				.filter(p -> PersonName.same(p.fullName(), checked.fullName()) && p.dateOfBirth().equals(checked.dateOfBirth()))
				.filter(p -> people.mayActFor(actor.id(), p.id()));
		return person.orElseThrow(() -> new NotFoundException("movement.person.unknown"));
	}

	private PersonSummary verifiedWorker(Actor actor, PermitForm.Checked checked) {
		var check = verification.verify(actor, new IdentityClaim(checked.cccd(), checked.fullName(), checked.dateOfBirth()));
		if (!check.match()) {
			throw new InvalidInputException("cccd", "movement.permit.identity");
		}
		return summaries.byCccd(checked.cccd()).orElseThrow(() -> new InvalidInputException("cccd", "movement.permit.identity"));
	}

	/**
	 * The ward police's decision: 403 outside the permit's ward (audited as a refusal), 409 once decided, a reason
	 * required to reject. An approval signs the permit QR.
	 */
	@Transactional
	Permit decide(Actor actor, UUID id, String decision, String reason) {
		actor.require(Permission.PERMIT_DECIDE);
		PermitStatus status = switch (decision == null ? "" : decision.strip().toUpperCase(java.util.Locale.ROOT)) {
			case "APPROVED" -> PermitStatus.APPROVED;
			case "REJECTED" -> PermitStatus.REJECTED;
			default -> throw new InvalidInputException("decision", "movement.decision.value", String.valueOf(decision));
		};
		String why = reason == null ? null : reason.strip();
		if (status == PermitStatus.REJECTED && (why == null || why.isEmpty())) {
			throw new InvalidInputException("reason", "movement.decision.reason.required");
		}
		if (why != null && why.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "movement.decision.reason.tooLong", MAX_REASON);
		}
		Permit permit = permits.find(id).orElseThrow(() -> new NotFoundException("movement.permit.unknown"));
		if (!actor.isStaff() || !actor.scope().covers(permit.ward())) {
			audit.recordMissSoon(actor, AuditAction.UPDATE, actor.purpose(null), "travel-permit-decision-refused", permit.ward());
			actor.requireCovers(permit.ward());
		}
		if (permit.status() != PermitStatus.PENDING) {
			throw new ConflictException("decision", "movement.decision.already", permit.status().name());
		}
		Instant now = clock.instant();
		String signed = status == PermitStatus.APPROVED ? qr.sign(new PermitQr.Claims(permit.id(), permit.person(),
				permit.purpose(), permit.validFrom(), permit.validTo(), permit.zones())) : null;
		if (!permits.decide(id, status, actor.id(), now, why == null || why.isEmpty() ? null : vn.pccovid.core.VietnameseText.nfc(why), signed)) {
			throw new ConflictException("decision", "movement.decision.already", "?");
		}
		audit.record(actor, AuditAction.UPDATE, actor.purpose(null), "travel-permit-decision",
				List.of(new AuditSubject(permit.person(), permit.ward())));
		return permits.find(id).orElseThrow();
	}

	/** The permits of a person on the citizen's phone (404 for anyone else). */
	List<Permit> ofPerson(Actor citizen, UUID personId) {
		if (!citizen.isCitizen() || !people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("movement.person.unknown");
		}
		return permits.ofPerson(personId);
	}

	/** One page of the permits with this status of the caller's scope (or one area inside it), audited per permit. */
	@Transactional
	KeysetPage<Permit> inArea(Actor actor, PermitStatus status, String area, String after, int limit) {
		if (!actor.can(Permission.PERMIT_DECIDE) && !actor.can(Permission.CHECKPOINT_MANAGE)) {
			actor.require(Permission.PERMIT_DECIDE);
		}
		String prefix = actor.scope().sqlPrefix();
		if (area != null && !area.isBlank()) {
			AreaCode code = areas.get(area.strip(), "ward").code();
			actor.requireCovers(code);
			prefix = code.path();
		}
		Instant beforeAt = null;
		UUID beforeId = null;
		if (after != null && !after.isBlank()) {
			try {
				String[] parts = after.split("\\|", 2);
				beforeAt = Instant.parse(parts[0]);
				beforeId = UUID.fromString(parts[1]);
			}
			catch (RuntimeException e) {
				throw new InvalidInputException("after", "movement.page.after");
			}
		}
		List<Permit> rows = permits.inArea(prefix, status, beforeAt, beforeId, limit);
		KeysetPage<Permit> page = KeysetPage.of(rows, limit, p -> p.appliedAt() + "|" + p.id());
		if (page.items().isEmpty()) {
			audit.recordMiss(actor, AuditAction.SEARCH, actor.purpose(null), "travel-permits", actor.scope().area());
		}
		else {
			audit.record(actor, AuditAction.SEARCH, actor.purpose(null), "travel-permits",
					page.items().stream().map(p -> new AuditSubject(p.person(), p.ward())).toList());
		}
		return page;
	}

	/** An organisation's own applications, newest first. */
	List<Permit> appliedBy(Actor actor, int limit) {
		actor.require(Permission.PERMIT_APPLY);
		return permits.appliedBy(actor.id(), limit);
	}
}
