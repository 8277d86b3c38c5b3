package vn.pccovid.personalqr.internal;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;
import vn.pccovid.core.InvalidInputException;

/** Ward staff print a paper QR card for a person without a phone. */
@RestController
@Tag(name = "Personal QR")
class PaperCardController {

	private final QrCodes codes;

	PaperCardController(QrCodes codes) {
		this.codes = codes;
	}

	@PostMapping(value = "/api/v1/personal-qr/paper", produces = MediaType.APPLICATION_PDF_VALUE)
	@Allowed(Permission.PAPER_QR_ISSUE)
	@Operation(summary = "Print a paper QR card (A6 PDF) for a person of the caller's area",
			description = "Body {personId} or {cccd}. The code is valid one year; printing a new card revokes the previous one. 404 unknown person, 403 outside the caller's scope; audited (EXPORT).")
	ResponseEntity<byte[]> print(Actor actor, @RequestBody(required = false) Request request,
			@RequestParam(required = false) String purpose) {
		byte[] pdf;
		if (request != null && request.personId() != null) {
			pdf = codes.printPaperCard(actor, request.personId(), purpose);
		}
		else if (request != null && request.cccd() != null && !request.cccd().isBlank()) {
			pdf = codes.printPaperCard(actor, request.cccd(), purpose);
		}
		else {
			throw new InvalidInputException("personId", "personalqr.paper.person.required");
		}
		return pdf(pdf);
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", ContentDisposition.inline().filename("pc-covid-qr.pdf").build().toString())
				.header("Cache-Control", "no-store").body(pdf);
	}

	/** Whom to print for: a registry id or a CCCD. */
	record Request(UUID personId, String cccd) {
	}
}
