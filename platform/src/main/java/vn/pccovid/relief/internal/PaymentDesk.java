package vn.pccovid.relief.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.registry.PersonSummary;

/**
 * Records payments to approved beneficiaries, at most one per programme, payee (person or household) and period:
 * one INSERT … ON CONFLICT DO NOTHING, and when nothing was inserted the earlier payment is read and answered.
 */
@Service
class PaymentDesk {

	private final ProgrammeCatalogue catalogue;
	private final PersonLookup people;
	private final Beneficiaries beneficiaries;
	private final Payments payments;
	private final AuditLog audit;
	private final Clock clock;

	PaymentDesk(ProgrammeCatalogue catalogue, PersonLookup people, Beneficiaries beneficiaries, Payments payments,
			AuditLog audit, Clock clock) {
		this.catalogue = catalogue;
		this.people = people;
		this.beneficiaries = beneficiaries;
		this.payments = payments;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A payment request as sent.
	 *
	 * @param programmeId the programme
	 * @param cccd        the beneficiary's CCCD
	 * @param period      the month paid for, one of the programme's
	 * @param method      {@code CASH}, {@code BANK} or {@code EWALLET}
	 */
	record PaymentRequest(UUID programmeId, String cccd, String period, String method) {
	}

	/**
	 * What became of a request.
	 *
	 * @param payment  the payment recorded now, or the earlier one that holds the place
	 * @param recorded whether this request recorded it
	 */
	record Outcome(Payment payment, boolean recorded) {
	}

	@Transactional(noRollbackFor = ProblemException.class)
	Outcome pay(Actor actor, PaymentRequest request) {
		actor.require(Permission.RELIEF_PAY);
		if (request == null || request.programmeId() == null) {
			throw new InvalidInputException("programmeId", "relief.payment.programme");
		}
		Programme programme = catalogue.get(request.programmeId());
		YearMonth period = ProgrammeRulesReader.period(request.period(), "period");
		if (!programme.periods().contains(period)) {
			throw new InvalidInputException("period", "relief.payment.period", period.toString());
		}
		PaymentMethod method = method(request.method());
		PersonSummary person = people.summary(actor, request.cccd(), "relief-pay programme=" + programme.id());
		AuditSubject subject = new AuditSubject(person.id(), person.area());
		Beneficiary line = beneficiaries.find(programme.id(), person.id())
				.filter(found -> found.status() == Beneficiary.Status.APPROVED).orElse(null);
		if (line == null) {
			audit.record(actor, AuditAction.READ, PersonLookup.PURPOSE, "relief-pay refused=not-approved", List.of(subject));
			throw new NotFoundException("relief.payment.not-approved");
		}
		Payment payment = new Payment(UUID.randomUUID(), programme.id(), person.id(), line.payeeKey(), period.toString(),
				programme.amount(), method, line.areaPath(), actor.name(), clock.instant());
		if (payments.insert(payment)) {
			audit.record(actor, AuditAction.CREATE, PersonLookup.PURPOSE, "relief-pay " + payment.id(), List.of(subject));
			return new Outcome(payment, true);
		}
		Payment earlier = payments.find(programme.id(), line.payeeKey(), period.toString()).orElseThrow();
		audit.record(actor, AuditAction.READ, PersonLookup.PURPOSE, "relief-pay refused=already-paid " + earlier.id(),
				List.of(subject));
		return new Outcome(earlier, false);
	}

	/** A ward's bank-transfer payments for one period, audited per payee; the caller's scope must cover the ward. */
	@Transactional
	List<Payment> bankTransfers(Actor actor, UUID programmeId, AreaCode ward, String period) {
		actor.require(Permission.RELIEF_PAY);
		catalogue.get(programmeId);
		actor.requireCovers(ward);
		String month = period == null || period.isBlank() ? null : ProgrammeRulesReader.period(period, "period").toString();
		List<Payment> transfers = payments.inArea(programmeId, ward.path(), month, PaymentMethod.BANK);
		if (transfers.isEmpty()) {
			audit.recordMiss(actor, AuditAction.READ, PersonLookup.PURPOSE, "relief-bank-export programme=" + programmeId, ward);
		}
		else {
			audit.record(actor, AuditAction.READ, PersonLookup.PURPOSE, "relief-bank-export programme=" + programmeId,
					transfers.stream().map(p -> new AuditSubject(p.citizenId(), ward)).toList());
		}
		return transfers;
	}

	private static PaymentMethod method(String text) {
		try {
			return PaymentMethod.valueOf(String.valueOf(text).strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("method", "relief.payment.method");
		}
	}
}
