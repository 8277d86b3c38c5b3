package vn.pccovid.personalqr.internal;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.QrImages;
import vn.pccovid.personalqr.IssuedQr;
import vn.pccovid.personalqr.PersonalQrCodes;

/**
 * The citizen app's QR image for a signed-in session (the {@code /api/**} twin takes bearer tokens only). One stable
 * address per person, so the service worker keeps exactly the last QR of each person; {@code no-store} keeps it out
 * of the HTTP cache (the service worker's cache is cleared on sign-out).
 */
@Controller
@Allowed(area = AreaRule.OWN_DATA)
class PersonalQrPages {

	static String imagePath(UUID personId) {
		return "/me/people/" + personId + "/qr.png";
	}

	private final PersonalQrCodes codes;

	PersonalQrPages(PersonalQrCodes codes) {
		this.codes = codes;
	}

	@GetMapping(value = "/me/people/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> png(Actor actor, @PathVariable UUID id) {
		IssuedQr qr = codes.appCode(actor, id);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(QrImages.png(qr.payload(), 400));
	}
}
