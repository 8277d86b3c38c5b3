package vn.pccovid.testing.internal;

import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.personalqr.ScanResult;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * Whom a sample is for: a scanned personal QR (app or paper) or chip-CCCD QR, verified by the personal-QR module
 * (audited there), or a typed CCCD looked up in the registry. A person from outside the sampler's area can be
 * sampled by the CCCD on their card (a chip card's QR carries it): sampling is not a read of their record.
 */
@Component("testingPersonIdentification")
class PersonIdentification {

	private final PersonalQrCodes codes;
	private final PersonSummaries summaries;

	PersonIdentification(PersonalQrCodes codes, PersonSummaries summaries) {
		this.codes = codes;
		this.summaries = summaries;
	}

	PersonSummary identify(Actor actor, String personQr, String cccd) {
		boolean hasQr = personQr != null && !personQr.isBlank();
		boolean hasCccd = cccd != null && !cccd.isBlank();
		if (hasQr == hasCccd) {
			throw new InvalidInputException(hasQr ? "cccd" : "personQr", "testing.person.oneOf");
		}
		if (hasCccd) {
			return byCccd(cccd.strip(), "cccd");
		}
		ScanResult scan = codes.verify(actor, personQr.strip());
		if (!scan.valid()) {
			throw new InvalidInputException("personQr", "testing.person.qr.invalid", scan.reason().name());
		}
		if (scan.person() != null && scan.person().id() != null) {
			return summaries.summary(scan.person().id()).orElseThrow(() -> new NotFoundException("testing.person.unknown"));
		}
		if ("CCCD".equals(scan.kind())) {
			return byCccd(summaries.readCard(personQr.strip()).cccd(), "personQr");
		}
		throw new InvalidInputException("personQr", "testing.person.qr.outside");
	}

	private PersonSummary byCccd(String cccd, String field) {
		if (!cccd.matches("\\d{12}")) {
			throw new InvalidInputException(field, "testing.person.cccd.malformed");
		}
		return summaries.byCccd(cccd).orElseThrow(() -> new NotFoundException("testing.person.unknown"));
	}
}
