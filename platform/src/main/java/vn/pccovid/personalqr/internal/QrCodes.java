package vn.pccovid.personalqr.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.personalqr.IssuedQr;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.personalqr.ScanResult;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/** App QRs for the phones that act for a person, paper cards for ward staff, and the scanners' verification. */
@Service
class QrCodes implements PersonalQrCodes {

	static final Duration APP_LIFETIME = Duration.ofDays(7);
	static final Duration APP_RENEW_BEFORE = Duration.ofDays(1);
	static final Duration PAPER_LIFETIME = Duration.ofDays(365);

	private final PeopleOnPhone people;
	private final PersonSummaries summaries;
	private final TokenRecords tokens;
	private final QrSigner signer;
	private final Scans scans;
	private final PaperCardPdf pdf;
	private final AuditLog audit;
	private final Clock clock;

	QrCodes(PeopleOnPhone people, PersonSummaries summaries, TokenRecords tokens, QrSigner signer, Scans scans,
			PaperCardPdf pdf, AuditLog audit, Clock clock) {
		this.people = people;
		this.summaries = summaries;
		this.tokens = tokens;
		this.signer = signer;
		this.scans = scans;
		this.pdf = pdf;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public IssuedQr appCode(Actor citizen, UUID personId) {
		if (!citizen.isCitizen() || !people.mayActFor(citizen.id(), personId)) {
			throw new NotFoundException("personalqr.person.notFound");
		}
		var renewAt = clock.instant().plus(APP_RENEW_BEFORE);
		Optional<TokenRecords.Token> current = tokens.appTokenValidBeyond(personId, renewAt);
		if (current.isEmpty()) {
			tokens.lockPerson(personId);
			current = tokens.appTokenValidBeyond(personId, renewAt);
		}
		TokenRecords.Token token = current.orElseGet(() -> signer.issue(personId, TokenRecords.Kind.APP, APP_LIFETIME));
		return new IssuedQr(token.payload(), token.expiresAt());
	}

	@Override
	public ScanResult verify(Actor staff, String payload, String purpose) {
		return scans.verify(staff, payload, purpose, false);
	}

	@Override
	public ScanResult verifyForDecision(Actor staff, String payload, String purpose) {
		return scans.verify(staff, payload, purpose, true);
	}

	@Override
	public List<vn.pccovid.personalqr.Identified> identify(List<String> payloads) {
		return scans.identify(payloads);
	}

	@Override
	@Transactional
	public byte[] printPaperCard(Actor staff, UUID personId) {
		return printPaperCard(staff, personId, null);
	}

	@Override
	@Transactional
	public byte[] printPaperCard(Actor staff, UUID personId, String requestedPurpose) {
		String purpose = staff.purpose(requestedPurpose);
		PersonSummary person = summaries.summary(personId).orElseThrow(() -> {
			audit.recordMissSoon(staff, AuditAction.EXPORT, purpose, "identity", null);
			return new NotFoundException("personalqr.person.notFound");
		});
		return print(staff, person, purpose);
	}

	/** The same, for a person found by CCCD (the console's search); 404 for an unknown or malformed number. */
	@Transactional
	public byte[] printPaperCard(Actor staff, String cccd, String requestedPurpose) {
		String purpose = staff.purpose(requestedPurpose);
		return print(staff, find(staff, cccd, false, purpose), purpose);
	}

	/** Finds a person for a paper card by CCCD, in the caller's scope; audited when {@code audit} (the page shows them). */
	@Transactional
	public PersonSummary findForPaper(Actor staff, String cccd, boolean auditRead) {
		return find(staff, cccd, auditRead, staff.purpose(null));
	}

	private PersonSummary find(Actor staff, String cccd, boolean auditRead, String purpose) {
		PersonSummary person = summaries.byCccd(cccd == null ? "" : cccd.strip()).orElseThrow(() -> {
			audit.recordMissSoon(staff, AuditAction.SEARCH, purpose, "identity", null);
			return new NotFoundException("personalqr.person.notFound");
		});
		requireCovers(staff, person, purpose);
		if (auditRead) {
			audit.record(staff, AuditAction.READ, purpose, "identity", List.of(new AuditSubject(person.id(), person.area())));
		}
		return person;
	}

	private byte[] print(Actor staff, PersonSummary person, String purpose) {
		requireCovers(staff, person, purpose);
		tokens.lockPerson(person.id());
		tokens.revoke(person.id(), TokenRecords.Kind.PAPER, clock.instant());
		TokenRecords.Token token = signer.issue(person.id(), TokenRecords.Kind.PAPER, PAPER_LIFETIME);
		audit.record(staff, AuditAction.EXPORT, purpose, "identity", List.of(new AuditSubject(person.id(), person.area())));
		return pdf.render(person, token.payload(), token.expiresAt());
	}

	private void requireCovers(Actor staff, PersonSummary person, String purpose) {
		if (!staff.isStaff() || !staff.scope().covers(person.area())) {
			audit.recordMissSoon(staff, AuditAction.EXPORT, purpose, "refused", person.area());
			staff.requireCovers(person.area());
		}
	}
}
