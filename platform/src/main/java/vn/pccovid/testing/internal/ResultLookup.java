package vn.pccovid.testing.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.TooManyRequestsException;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * A result without an account: the sample's code together with the person's CCCD and date of birth. Every attempt
 * counts against the caller's address ({@link LookupQuota}; 429 with {@code Retry-After} beyond); any mismatch is
 * the same 404 (no hint which part was wrong); hits are audited against the person, misses as misses.
 */
@Service
class ResultLookup {

	static final String PURPOSE = "result-lookup";

	private final LookupQuota quota;
	private final Tubes tubes;
	private final ResultHistory history;
	private final PersonSummaries summaries;
	private final AuditLog auditLog;

	ResultLookup(LookupQuota quota, Tubes tubes, ResultHistory history, PersonSummaries summaries, AuditLog auditLog) {
		this.quota = quota;
		this.tubes = tubes;
		this.history = history;
		this.summaries = summaries;
		this.auditLog = auditLog;
	}

	ResultHistory.Item lookup(Actor caller, String address, String rawBarcode, String cccd, LocalDate dateOfBirth) {
		Duration wait = quota.attempt("ip:" + address);
		if (!wait.isZero()) {
			throw new TooManyRequestsException(wait, "testing.lookup.tooMany", Math.max(1, wait.toMinutes()));
		}
		String barcode = Barcodes.normalise(rawBarcode);
		if (!Barcodes.wellFormed(barcode)) {
			throw new InvalidInputException("barcode", "testing.barcode.malformed");
		}
		if (cccd == null || !cccd.strip().matches("\\d{12}")) {
			throw new InvalidInputException("cccd", "testing.person.cccd.malformed");
		}
		if (dateOfBirth == null) {
			throw new InvalidInputException("dateOfBirth", "testing.lookup.dateOfBirth.required");
		}
		Optional<Tube> sample = Barcodes.isPool(barcode) ? Optional.empty() : tubes.find(barcode, false);
		Optional<PersonSummary> person = summaries.byCccd(cccd.strip());
		if (sample.isEmpty() || person.isEmpty() || !person.get().id().equals(sample.get().personId())
				|| !person.get().dateOfBirth().equals(dateOfBirth)) {
			auditLog.recordMissSoon(caller, AuditAction.READ, PURPOSE, PersonResults.WHAT, null);
			throw new NotFoundException("testing.lookup.notFound");
		}
		UUID personId = person.get().id();
		auditLog.recordSoon(caller, AuditAction.READ, PURPOSE, PersonResults.WHAT,
				List.of(new AuditSubject(personId, person.get().area())));
		return history.one(sample.get().id()).orElseThrow(() -> new NotFoundException("testing.lookup.notFound"));
	}
}
