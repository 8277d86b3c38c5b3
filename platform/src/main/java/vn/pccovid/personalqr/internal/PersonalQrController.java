package vn.pccovid.personalqr.internal;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.QrImages;
import vn.pccovid.personalqr.IssuedQr;
import vn.pccovid.personalqr.PersonalQrCodes;

/** A signed-in phone's personal QR for each person it acts for, as text or as a PNG. */
@RestController
@Tag(name = "Me")
@Allowed(area = AreaRule.OWN_DATA)
class PersonalQrController {

	private final PersonalQrCodes codes;

	PersonalQrController(PersonalQrCodes codes) {
		this.codes = codes;
	}

	@GetMapping("/api/v1/me/people/{id}/qr")
	@Operation(summary = "The person's personal QR (payload and expiry)",
			description = "A compact JWS carrying only a random token id, expiry and kind; valid 7 days and re-issued when less than a day is left. 404 for a person this phone does not act for.")
	ResponseEntity<IssuedQr> qr(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(codes.appCode(actor, id));
	}

	@GetMapping(value = "/api/v1/me/people/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "The person's personal QR as a PNG image (400 × 400)")
	ResponseEntity<byte[]> png(Actor actor, @PathVariable UUID id) {
		IssuedQr qr = codes.appCode(actor, id);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(QrImages.png(qr.payload(), 400));
	}

}
