package vn.pccovid.certificate.internal;

import java.util.UUID;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.QrImages;
import vn.pccovid.registry.PersonSummaries;

/**
 * The citizen app's certificates page for one person: the COVID card (colour and its short-lived QR) and every
 * certificate with its QR and a PDF to download. Session twins of the {@code /api/v1/me/...} images.
 */
@Controller
@Allowed(area = AreaRule.OWN_DATA)
class CertificatePages {

	private final Certificates certificates;
	private final CovidCardService cards;
	private final CertificatePdf pdf;
	private final PersonSummaries people;

	CertificatePages(Certificates certificates, CovidCardService cards, CertificatePdf pdf, PersonSummaries people) {
		this.certificates = certificates;
		this.cards = cards;
		this.pdf = pdf;
		this.people = people;
	}

	@GetMapping("/me/people/{id}/certificates")
	String page(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("certificates", certificates.of(actor, id));
		model.addAttribute("card", cards.card(actor, id));
		model.addAttribute("personId", id);
		model.addAttribute("person", people.summary(id).orElseThrow(() -> new NotFoundException("certificate.person.notFound")));
		return "certificate/mine";
	}

	@GetMapping(value = "/me/people/{id}/card.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> cardPng(Actor actor, @PathVariable UUID id) {
		return png(QrImages.png(cards.card(actor, id).qr(), 400, ErrorCorrectionLevel.Q));
	}

	@GetMapping(value = "/me/people/{id}/certificates/{certificate}.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> certificatePng(Actor actor, @PathVariable UUID id, @PathVariable UUID certificate) {
		return png(QrImages.png(certificates.one(actor, id, certificate).hc1(), 500, ErrorCorrectionLevel.Q));
	}

	@GetMapping(value = "/me/people/{id}/certificates/{certificate}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> certificatePdf(Actor actor, @PathVariable UUID id, @PathVariable UUID certificate) {
		return pdf.download(certificates.one(actor, id, certificate), id);
	}

	private static ResponseEntity<byte[]> png(byte[] image) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(image);
	}
}
