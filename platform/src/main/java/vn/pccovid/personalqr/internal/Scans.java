package vn.pccovid.personalqr.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.personalqr.Identified;
import vn.pccovid.personalqr.ScanReason;
import vn.pccovid.personalqr.ScanResult;
import vn.pccovid.personalqr.ScannedPerson;
import vn.pccovid.registry.CccdCard;
import vn.pccovid.registry.PersonName;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * The scanners' one input box: a personal QR (app or paper) or the QR of a chip CCCD card, which must match the
 * registry's name and birth date. Each scan is audited through the batched audit log: a hit against the person, a
 * miss or an invalid code without one.
 */
@Component
class Scans {

	private final TokenCheck check;
	private final PersonSummaries summaries;
	private final AuditLog audit;

	Scans(TokenCheck check, PersonSummaries summaries, AuditLog audit) {
		this.check = check;
		this.summaries = summaries;
		this.audit = audit;
	}

	/**
	 * Verifies the payload; the scan is audited with the purpose ({@link Actor#purpose(String)}, checked first).
	 * {@code withId}: the person's registry id is in the answer whatever the caller's area (for a deciding module).
	 */
	ScanResult verify(Actor actor, String payload, String requestedPurpose, boolean withId) {
		String purpose = actor.purpose(requestedPurpose);
		if (payload != null && payload.indexOf('|') >= 0) {
			return cccd(actor, payload, purpose, withId);
		}
		TokenCheck.Outcome outcome = check.check(payload == null ? null : payload.strip());
		if (!outcome.valid()) {
			return miss(actor, outcome.reason(), purpose);
		}
		TokenRecords.Token token = outcome.token();
		return summaries.summary(token.personId()).map(person -> hit(actor, person, token.kind().name(), purpose, withId))
				.orElseGet(() -> miss(actor, ScanReason.REVOKED, purpose));
	}

	/** Whom each code belongs to, without showing or auditing anything (see {@code PersonalQrCodes.identify}). */
	List<Identified> identify(List<String> payloads) {
		List<String> tokenPayloads = new java.util.ArrayList<>();
		for (String payload : payloads) {
			if (payload == null || payload.indexOf('|') < 0) {
				tokenPayloads.add(payload == null ? null : payload.strip());
			}
		}
		java.util.Iterator<TokenCheck.Outcome> outcomes = check.checkAll(tokenPayloads).iterator();
		List<Identified> identified = new java.util.ArrayList<>(payloads.size());
		for (String payload : payloads) {
			if (payload != null && payload.indexOf('|') >= 0) {
				identified.add(identifyCard(payload));
				continue;
			}
			TokenCheck.Outcome outcome = outcomes.next();
			identified.add(outcome.valid()
					? new Identified(outcome.token().personId(), null, outcome.token().kind().name())
					: Identified.invalid(outcome.reason()));
		}
		return identified;
	}

	private Identified identifyCard(String payload) {
		CccdCard card;
		try {
			card = summaries.readCard(payload);
		}
		catch (InvalidInputException e) {
			return Identified.invalid(ScanReason.MALFORMED);
		}
		return summaries.byCccd(card.cccd())
				.filter(p -> PersonName.same(p.fullName(), card.fullName()) && p.dateOfBirth().equals(card.dateOfBirth()))
				.map(p -> new Identified(p.id(), null, "CCCD")).orElseGet(() -> Identified.invalid(ScanReason.NOT_REGISTERED));
	}

	private ScanResult cccd(Actor actor, String payload, String purpose, boolean withId) {
		CccdCard card;
		try {
			card = summaries.readCard(payload);
		}
		catch (InvalidInputException e) {
			return miss(actor, ScanReason.MALFORMED, purpose);
		}
		Optional<PersonSummary> person = summaries.byCccd(card.cccd())
				.filter(p -> PersonName.same(p.fullName(), card.fullName()) && p.dateOfBirth().equals(card.dateOfBirth()));
		return person.map(p -> hit(actor, p, "CCCD", purpose, withId)).orElseGet(() -> miss(actor, ScanReason.NOT_REGISTERED, purpose));
	}

	private ScanResult hit(Actor actor, PersonSummary person, String kind, String purpose, boolean withId) {
		audit.recordSoon(actor, AuditAction.VERIFY, purpose, ScanViews.what(actor, person),
				List.of(new AuditSubject(person.id(), person.area())));
		ScannedPerson seen = ScanViews.view(actor, person);
		if (withId && seen.id() == null) {
			seen = new ScannedPerson(person.id(), seen.fullName(), seen.yearOfBirth(), seen.wardCode());
		}
		return new ScanResult(true, null, kind, seen);
	}

	private ScanResult miss(Actor actor, ScanReason reason, String purpose) {
		audit.recordMissSoon(actor, AuditAction.VERIFY, purpose, "identity", null);
		return ScanResult.invalid(reason);
	}
}
