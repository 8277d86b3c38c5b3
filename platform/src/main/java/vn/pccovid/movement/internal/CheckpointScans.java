package vn.pccovid.movement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.declaration.DeclaredMovement;
import vn.pccovid.declaration.MovementDeclarations;
import vn.pccovid.movement.VehiclePassed;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.personalqr.ScanReason;
import vn.pccovid.personalqr.ScanResult;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * A scan at a checkpoint: one input for a permit QR (verified offline by its signature), a movement-declaration QR,
 * a personal QR (app or paper) or a chip-CCCD QR; the province's rule set decides, the passage is recorded (a
 * vehicle's also published as {@link VehiclePassed}), audited, checked against a shipper's declaration and relayed
 * to the province's live feeds after commit.
 */
@Service
class CheckpointScans {

	static final int MAX_QR = 4096;
	private static final Pattern PLATE = Pattern.compile("[0-9A-Z]{5,10}");

	/** The decision as the API answers it. */
	record Decision(String decision, List<String> reasons, ScannedHolder person, String kind, long passage) {
	}

	/** Whom the code identified: name and year of birth, all a checkpoint shows. */
	record ScannedHolder(String fullName, int yearOfBirth) {
	}

	private record Identified(UUID person, List<PermitTerms> permits, String kind, String refusal, String plate) {
	}

	private final CheckpointRecords checkpoints;
	private final PassageRecords passages;
	private final PermitRecords permits;
	private final PermitQr permitQr;
	private final RuleSets ruleSets;
	private final RuleBook ruleBook;
	private final PersonalQrCodes personalQr;
	private final ObjectProvider<MovementDeclarations> declarations;
	private final PersonSummaries summaries;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final ShipperWatch shippers;
	private final Relay relay;
	private final Clock clock;

	CheckpointScans(CheckpointRecords checkpoints, PassageRecords passages, PermitRecords permits, PermitQr permitQr,
			RuleSets ruleSets, RuleBook ruleBook, PersonalQrCodes personalQr, ObjectProvider<MovementDeclarations> declarations,
			PersonSummaries summaries, AuditLog audit, ApplicationEventPublisher events, ShipperWatch shippers, Relay relay,
			Clock clock) {
		this.checkpoints = checkpoints;
		this.passages = passages;
		this.permits = permits;
		this.permitQr = permitQr;
		this.ruleSets = ruleSets;
		this.ruleBook = ruleBook;
		this.personalQr = personalQr;
		this.declarations = declarations;
		this.summaries = summaries;
		this.audit = audit;
		this.events = events;
		this.shippers = shippers;
		this.relay = relay;
		this.clock = clock;
	}

	/** The checkpoint, for staff who may scan there: 404 unknown, 403 outside the caller's scope. */
	Checkpoint checkpoint(Actor actor, UUID id) {
		Checkpoint checkpoint = checkpoints.find(id).orElseThrow(() -> new NotFoundException("movement.checkpoint.unknown"));
		if (!actor.isStaff() || !actor.scope().covers(checkpoint.ward())) {
			audit.recordMissSoon(actor, AuditAction.VERIFY, actor.purpose(null), "checkpoint-scan-refused", checkpoint.ward());
			actor.requireCovers(checkpoint.ward());
		}
		return checkpoint;
	}

	@Transactional
	Decision scan(Actor actor, UUID checkpointId, String qr, String plate) {
		actor.require(Permission.CHECKPOINT_SCAN);
		if (qr == null || qr.isBlank()) {
			throw new InvalidInputException("qr", "movement.scan.qr.required");
		}
		if (qr.length() > MAX_QR) {
			throw new InvalidInputException("qr", "movement.scan.qr.tooLong", MAX_QR);
		}
		String vehicle = plate(plate);
		Checkpoint checkpoint = checkpoint(actor, checkpointId);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, MovementTime.VIETNAM);
		Identified who = identify(actor, qr.strip(), today);
		if (vehicle == null) {
			vehicle = who.plate();
		}
		PersonSummary holder = who.person() == null ? null : summaries.summary(who.person()).orElse(null);
		List<String> reasons;
		if (who.refusal() != null) {
			reasons = List.of(who.refusal());
		}
		else if (holder == null) {
			reasons = List.of("PERSON_UNKNOWN");
		}
		else {
			reasons = ruleBook.reasons(ruleSets.of(checkpoint.ward().province()),
					new ScanSubject(holder.id(), who.permits(), checkpoint.ward(), today, now));
		}
		boolean allowed = reasons.isEmpty();
		UUID person = holder == null ? null : holder.id();
		long passage = passages.insert(checkpoint.id(), checkpoint.ward(), person, vehicle, now, allowed, reasons, who.kind());
		String purpose = actor.purpose(null);
		if (holder != null) {
			audit.recordSoon(actor, AuditAction.VERIFY, purpose, "checkpoint-decision:" + String.join(",", reasons),
					List.of(new AuditSubject(holder.id(), holder.area())));
		}
		else {
			audit.recordMissSoon(actor, AuditAction.VERIFY, purpose, "checkpoint-decision:" + String.join(",", reasons),
					checkpoint.ward());
		}
		if (vehicle != null) {
			events.publishEvent(new VehiclePassed(passage, checkpoint.id(), checkpoint.ward(), vehicle, person, now, allowed));
		}
		shippers.passed(person, checkpoint.ward(), now, passage);
		FeedItem item = new FeedItem(passage, checkpoint.id(), checkpoint.name(), now, allowed ? "ALLOW" : "DENY", reasons,
				holder == null ? null : FeedItem.abbreviate(holder.fullName()), holder == null ? null : holder.yearOfBirth(), vehicle);
		String province = checkpoint.ward().province();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					relay.publish(province, item);
				}
			});
		}
		else {
			relay.publish(province, item);
		}
		return new Decision(allowed ? "ALLOW" : "DENY", reasons,
				holder == null ? null : new ScannedHolder(holder.fullName(), holder.yearOfBirth()), who.kind(), passage);
	}

	private Identified identify(Actor actor, String qr, LocalDate today) {
		Optional<PermitQr.Read> permit = permitQr.read(qr);
		if (permit.isPresent()) {
			if (permit.get().forged()) {
				return new Identified(null, List.of(), "PERMIT", "PERMIT_FORGED", null);
			}
			PermitQr.Claims claims = permit.get().claims();
			return new Identified(claims.person(), List.of(new PermitTerms(claims.validFrom(), claims.validTo(), claims.zones())),
					"PERMIT", null, null);
		}
		MovementDeclarations declared = declarations.getIfAvailable();
		Optional<DeclaredMovement> declaration = declared == null ? Optional.empty() : declared.readQr(qr);
		if (declaration.isPresent()) {
			DeclaredMovement d = declaration.get();
			return new Identified(d.person(), approved(d.person(), today), "DECLARATION", null,
					d.vehicle() == null ? null : plateOrNull(d.vehicle().plate()));
		}
		ScanResult result = personalQr.verifyForDecision(actor, qr, null);
		if (!result.valid()) {
			return new Identified(null, List.of(), null,
					result.reason() == ScanReason.MALFORMED ? "QR_NOT_RECOGNISED" : "QR_" + result.reason().name(), null);
		}
		UUID person = result.person().id();
		return new Identified(person, approved(person, today), result.kind(), null, null);
	}

	private List<PermitTerms> approved(UUID person, LocalDate today) {
		return permits.approvedOf(person, today).stream().map(p -> new PermitTerms(p.validFrom(), p.validTo(), p.zones())).toList();
	}

	/** A licence plate upper case without spaces, dots or dashes; {@code null} when none was given. */
	static String plate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plate = text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
		if (!PLATE.matcher(plate).matches()) {
			throw new InvalidInputException("plate", "movement.scan.plate", text.strip());
		}
		return plate;
	}

	private static String plateOrNull(String text) {
		try {
			return plate(text);
		}
		catch (InvalidInputException e) {
			return null;
		}
	}
}
