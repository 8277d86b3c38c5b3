package vn.pccovid.vaccination.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.personalqr.ScanResult;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Who stands at the site: a scanned personal QR or chip-CCCD QR (verified against the registry by the personal-QR
 * module, which audits the scan) or a typed CCCD (looked up in the registry and audited here, a miss too).
 */
@Component
class PersonIdentification {

	private static final java.util.regex.Pattern CCCD = java.util.regex.Pattern.compile("\\d{12}");

	private final PersonalQrCodes codes;
	private final PersonSummaries summaries;
	private final AuditLog audit;

	PersonIdentification(PersonalQrCodes codes, PersonSummaries summaries, AuditLog audit) {
		this.codes = codes;
		this.summaries = summaries;
		this.audit = audit;
	}

	PersonSummary identify(Actor staff, String personQr, String cccd, String what) {
		if (personQr != null && !personQr.isBlank()) {
			ScanResult scan = codes.verify(staff, personQr);
			if (!scan.valid()) {
				throw new InvalidInputException("personQr", "vaccination.person.qr-invalid", scan.reason().name());
			}
			if (scan.person().id() == null) {
				throw new ForbiddenException("vaccination.person.outside");
			}
			return summaries.summary(scan.person().id()).orElseThrow(() -> new NotFoundException("vaccination.person.unknown"));
		}
		if (cccd == null || cccd.isBlank()) {
			throw new InvalidInputException("personQr", "vaccination.person.identify");
		}
		if (!CCCD.matcher(cccd.strip()).matches()) {
			throw new InvalidInputException("cccd", "vaccination.person.cccd");
		}
		String purpose = staff.purpose(null);
		PersonSummary person = summaries.byCccd(cccd.strip()).orElse(null);
		if (person == null) {
			audit.recordMissSoon(staff, AuditAction.READ, purpose, what, null);
			throw new NotFoundException("vaccination.person.unknown");
		}
		audit.record(staff, AuditAction.READ, purpose, what, List.of(new AuditSubject(person.id(), person.area())));
		return person;
	}
}
