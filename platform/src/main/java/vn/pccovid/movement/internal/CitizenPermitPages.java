package vn.pccovid.movement.internal;

import java.util.UUID;

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
import vn.pccovid.geo.Areas;

/** The citizen app's permits of a person on the phone, with each approved permit's QR. */
@Controller
@Allowed(area = AreaRule.OWN_DATA)
class CitizenPermitPages {

	private final PermitApplications applications;
	private final Areas areas;

	CitizenPermitPages(PermitApplications applications, Areas areas) {
		this.applications = applications;
		this.areas = areas;
	}

	@GetMapping("/me/people/{id}/permits")
	String permits(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("personId", id);
		model.addAttribute("permits", applications.ofPerson(actor, id));
		model.addAttribute("names", new PermitPages.ZoneNames(areas));
		return "movement/my-permits";
	}

	@GetMapping(value = "/me/people/{id}/permits/{permit}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(Actor actor, @PathVariable UUID id, @PathVariable UUID permit) {
		Permit found = applications.ofPerson(actor, id).stream().filter(p -> p.id().equals(permit) && p.qr() != null)
				.findFirst().orElseThrow(() -> new NotFoundException("movement.permit.unknown"));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(QrImages.png(found.qr(), 400));
	}
}
