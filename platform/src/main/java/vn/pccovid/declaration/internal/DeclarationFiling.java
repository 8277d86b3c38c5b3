package vn.pccovid.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.declaration.DeclaredMovement;
import vn.pccovid.declaration.HealthDeclared;
import vn.pccovid.declaration.MovementDeclared;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.IdentityCheck;
import vn.pccovid.registry.IdentityClaim;
import vn.pccovid.registry.IdentityVerification;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Files health and movement declarations: by a signed-in phone for a person it acts for, or by health staff for a
 * person without a phone whose identity the registry confirms. The row, its audit entry and its event
 * ({@link HealthDeclared}, {@link MovementDeclared}) are written in one transaction: all or nothing.
 */
@Service
class DeclarationFiling {

	static final String WHAT_HEALTH = "health-declaration";
	static final String WHAT_MOVEMENT = "movement-declaration";

	/**
	 * A filed movement declaration.
	 *
	 * @param id its id
	 * @param qr its signed QR text
	 */
	record FiledMovement(UUID id, String qr) {
	}

	private final DeclarantCheck declarants;
	private final PersonSummaries summaries;
	private final IdentityVerification verification;
	private final HealthDeclarationRecords health;
	private final MovementDeclarationRecords movements;
	private final MovementQrs qrs;
	private final Areas areas;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DeclarationFiling(DeclarantCheck declarants, PersonSummaries summaries, IdentityVerification verification,
			HealthDeclarationRecords health, MovementDeclarationRecords movements, MovementQrs qrs, Areas areas,
			AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
		this.declarants = declarants;
		this.summaries = summaries;
		this.verification = verification;
		this.health = health;
		this.movements = movements;
		this.qrs = qrs;
		this.areas = areas;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** A citizen declares for a person on their phone: 404 for anyone else, 400 naming the field at fault. */
	UUID fileHealth(Actor citizen, UUID personId, HealthForm form) {
		PersonSummary person = declarants.onPhone(citizen, personId);
		HealthForm.Checked entry = required(form, "date").checked(clock);
		return transactions.execute(status -> storeHealth(citizen, person, entry, FiledBy.CITIZEN, Actor.OWN_DATA));
	}

	/**
	 * Health staff declare for someone without a phone. The identity is checked by the registry (its quota and
	 * audit apply) outside our transaction, so a failed attempt stays counted; a mismatch names the field only to a
	 * caller the registry tells (one who may read that citizen), to anyone else it is a plain 404. A person outside
	 * the caller's area is refused (403) and the refusal audited.
	 */
	UUID fileHealthForOther(Actor staff, StaffHealthForm form, String requestedPurpose) {
		String purpose = staff.purpose(requestedPurpose);
		StaffHealthForm request = required(form, "cccd");
		HealthForm.Checked entry = request.health().checked(clock);
		PersonSummary person = verifiedForStaff(staff, request.cccd(), request.fullName(), request.dateOfBirth(), purpose, WHAT_HEALTH);
		return transactions.execute(status -> storeHealth(staff, person, entry, FiledBy.STAFF, purpose));
	}

	/**
	 * Health staff declare a journey for someone without a phone: the identity checked exactly as for
	 * {@link #fileHealthForOther} (registry quota and audit, mismatch, 403 outside the caller's area); answers the id
	 * and the signed QR (to print or show at the checkpoint).
	 */
	FiledMovement fileMovementForOther(Actor staff, StaffMovementForm form, String requestedPurpose) {
		String purpose = staff.purpose(requestedPurpose);
		StaffMovementForm request = required(form, "cccd");
		MovementForm.Checked journey = request.movement().checked(areas, clock);
		PersonSummary person = verifiedForStaff(staff, request.cccd(), request.fullName(), request.dateOfBirth(), purpose, WHAT_MOVEMENT);
		return storeMovement(staff, person, journey, FiledBy.STAFF, purpose);
	}

	/**
	 * The registry's person with this identity, for staff filing on their behalf. The identity is checked by the
	 * registry (its quota and audit apply) outside our transaction, so a failed attempt stays counted; a mismatch
	 * names the field only to a caller the registry tells (one who may read that citizen), to anyone else it is a
	 * plain 404. A person outside the caller's area is refused (403). Misses and refusals are audited.
	 */
	private PersonSummary verifiedForStaff(Actor staff, String cccd, String fullName, java.time.LocalDate dateOfBirth,
			String purpose, String what) {
		IdentityCheck check = verification.verify(staff, new IdentityClaim(cccd, fullName, dateOfBirth));
		PersonSummary person = check.match() ? summaries.byCccd(cccd.strip()).orElse(null) : null;
		if (person == null) {
			audit.recordMissSoon(staff, AuditAction.CREATE, purpose, what + ";identity-mismatch", null);
			if (check.mismatches() != null && !check.mismatches().isEmpty()) {
				throw new InvalidInputException(check.mismatches().get(0), "declaration.identity.mismatch");
			}
			throw new NotFoundException("declaration.identity.notFound");
		}
		if (!staff.scope().covers(person.area())) {
			audit.recordMissSoon(staff, AuditAction.CREATE, purpose, what + ";refused", person.area());
			throw new ForbiddenException("access.area.outside");
		}
		return person;
	}

	/** A citizen declares a journey for a person on their phone; answers the id and the signed QR. */
	FiledMovement fileMovement(Actor citizen, UUID personId, MovementForm form) {
		PersonSummary person = declarants.onPhone(citizen, personId);
		MovementForm.Checked journey = required(form, "fromWard").checked(areas, clock);
		return storeMovement(citizen, person, journey, FiledBy.CITIZEN, Actor.OWN_DATA);
	}

	private FiledMovement storeMovement(Actor actor, PersonSummary person, MovementForm.Checked journey, FiledBy by, String purpose) {
		UUID id = UUID.randomUUID();
		DeclaredMovement movement = new DeclaredMovement(id, person.id(), journey.date(), journey.from(), journey.to(),
				journey.purpose(), journey.vehicle());
		transactions.executeWithoutResult(status -> {
			movements.insert(movement, person.area(), by, actor.id(), clock.instant());
			audit.record(actor, AuditAction.CREATE, purpose, WHAT_MOVEMENT, List.of(subject(person)));
			events.publishEvent(new MovementDeclared(movement));
		});
		return new FiledMovement(id, qrs.sign(id, journey.date()));
	}

	private UUID storeHealth(Actor actor, PersonSummary person, HealthForm.Checked entry, FiledBy by, String purpose) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		health.insert(id, person.id(), person.area(), entry, by, actor.id(), now);
		audit.record(actor, AuditAction.CREATE, purpose, WHAT_HEALTH, List.of(subject(person)));
		events.publishEvent(new HealthDeclared(id, person.id(), entry.date(), entry.symptoms(), entry.exposures(), person.area()));
		return id;
	}

	private static AuditSubject subject(PersonSummary person) {
		return new AuditSubject(person.id(), person.area());
	}

	private static <T> T required(T body, String field) {
		if (body == null) {
			throw new InvalidInputException(field, "declaration.field.required", field);
		}
		return body;
	}
}
