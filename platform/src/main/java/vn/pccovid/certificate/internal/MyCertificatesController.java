package vn.pccovid.certificate.internal;

import java.util.List;
import java.util.UUID;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.certificate.CovidCard;
import vn.pccovid.certificate.IssuedCertificate;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.QrImages;

/** A signed-in phone's certificates and COVID card for each person it acts for (404 for anyone else). */
@RestController
@Tag(name = "Me")
@Allowed(area = AreaRule.OWN_DATA)
class MyCertificatesController {

	private final Certificates certificates;
	private final CovidCardService cards;
	private final CertificatePdf pdf;

	MyCertificatesController(Certificates certificates, CovidCardService cards, CertificatePdf pdf) {
		this.certificates = certificates;
		this.cards = cards;
		this.pdf = pdf;
	}

	@GetMapping("/api/v1/me/people/{id}/certificates")
	@Operation(summary = "The person's EU DCC certificates, newest first",
			description = "[{id, kind: VACCINATION|TEST|RECOVERY, hc1, issuedAt, expiresAt}]; issued automatically when a dose, a negative test or a recovery is recorded.")
	ResponseEntity<List<IssuedCertificate>> list(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(certificates.of(actor, id));
	}

	@GetMapping(value = "/api/v1/me/people/{id}/certificates/{certificate}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "One certificate's QR (alphanumeric, error correction Q) as a PNG")
	ResponseEntity<byte[]> qr(Actor actor, @PathVariable UUID id, @PathVariable UUID certificate) {
		IssuedCertificate found = certificates.one(actor, id, certificate);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(QrImages.png(found.hc1(), 500, ErrorCorrectionLevel.Q));
	}

	@GetMapping(value = "/api/v1/me/people/{id}/certificates/{certificate}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "One certificate as a PDF to print (QR, name, date of birth, validity)")
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @PathVariable UUID certificate) {
		return pdf.download(certificates.one(actor, id, certificate), id);
	}

	@GetMapping("/api/v1/me/people/{id}/card")
	@Operation(summary = "The person's COVID card",
			description = "{colour: GREEN|YELLOW|RED, reason, qr, expiresAt}: colour by the rule set of the person's province; qr is signed and short-lived (1 hour, never beyond the colour's own end).")
	ResponseEntity<CovidCard> card(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(cards.card(actor, id));
	}

	@GetMapping(value = "/api/v1/me/people/{id}/card/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "The COVID card's QR as a PNG")
	ResponseEntity<byte[]> cardQr(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(QrImages.png(cards.card(actor, id).qr(), 400, ErrorCorrectionLevel.Q));
	}
}
