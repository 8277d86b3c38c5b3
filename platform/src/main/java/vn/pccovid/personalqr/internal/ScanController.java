package vn.pccovid.personalqr.internal;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.personalqr.PersonalQrCodes;
import vn.pccovid.personalqr.ScanResult;

/** The scanners' verification: a personal QR or a chip-CCCD QR in one input box. */
@RestController
@Tag(name = "Personal QR")
class ScanController {

	private final PersonalQrCodes codes;

	ScanController(PersonalQrCodes codes) {
		this.codes = codes;
	}

	@PostMapping("/api/v1/personal-qr/verify")
	@Allowed(value = Permission.PERSONAL_QR_VERIFY, area = AreaRule.ANY_AREA)
	@Operation(summary = "Verify a scanned personal QR or chip-CCCD QR",
			description = "{valid, reason, kind, person}. reason: MALFORMED, BAD_SIGNATURE, UNKNOWN_KEY, EXPIRED, REVOKED, NOT_REGISTERED (a CCCD card that does not match the registry). person: name and year of birth; a venue owner gets the name abbreviated; staff who may read citizens of the person's area also get id and wardCode. Every scan is audited.")
	ScanResult verify(Actor actor, @RequestBody(required = false) Request request,
			@RequestParam(required = false) String purpose) {
		if (request == null || request.payload() == null || request.payload().isBlank()) {
			throw new InvalidInputException("payload", "personalqr.payload.required");
		}
		return codes.verify(actor, request.payload(), purpose);
	}

	/** The scanned text. */
	record Request(String payload) {
	}
}
