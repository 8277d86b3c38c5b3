package vn.pccovid.checkin.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;

/** Venues: registration by owners, approval and suspension by health staff of the area, posters. */
@RestController
@Tag(name = "Venues")
class VenueController {

	private final VenueRegistry registry;
	private final PosterPdf posters;
	private final VenueQrs qrs;

	VenueController(VenueRegistry registry, PosterPdf posters, VenueQrs qrs) {
		this.registry = registry;
		this.posters = posters;
		this.qrs = qrs;
	}

	@PostMapping("/api/v1/venues")
	@Allowed(value = Permission.VENUE_REGISTER, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Register a venue (venue owners); it waits for approval by health staff of its ward",
			description = "{name, type, wardCode, address, latitude?, longitude?} → 201 {id, status: PENDING, qr, …}. type: see GET /api/v1/venues/types. The ward must lie in the owner's scope.")
	ResponseEntity<VenueView> register(Actor actor, @RequestBody(required = false) NewVenue request) {
		Venue venue = registry.register(actor, request);
		return ResponseEntity.created(URI.create("/api/v1/venues/" + venue.id())).body(VenueView.of(venue));
	}

	@PutMapping("/api/v1/venues/{id}/status")
	@Allowed(value = Permission.VENUE_APPROVE, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Approve or suspend a venue of the caller's area",
			description = "{status: APPROVED|SUSPENDED, reason} (reason required to suspend). A suspended venue's check-ins are refused (409).")
	VenueView status(Actor actor, @PathVariable UUID id, @RequestBody(required = false) StatusChange change) {
		return VenueView.of(registry.setStatus(actor, id, change == null ? null : change.status(),
				change == null ? null : change.reason()));
	}

	@GetMapping("/api/v1/venues")
	@Allowed(value = { Permission.VENUE_REGISTER, Permission.VENUE_APPROVE, Permission.VISITOR_LOG_READ }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "The owner's venues, or the venues of the staff member's area (keyset-paged, oldest first)")
	KeysetPage<VenueView> list(Actor actor, @RequestParam(required = false) String status,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int limit) {
		KeysetPage<Venue> page = registry.list(actor, status, after, KeysetPage.checkedLimit(limit, 200));
		return new KeysetPage<>(page.items().stream().map(VenueView::of).toList(), page.next());
	}

	@GetMapping("/api/v1/venues/{id}")
	@Allowed(value = { Permission.VENUE_REGISTER, Permission.VENUE_APPROVE, Permission.VISITOR_LOG_READ }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "One venue (its owner, or staff of its area)")
	VenueView get(Actor actor, @PathVariable UUID id) {
		return VenueView.of(registry.visible(actor, id));
	}

	@GetMapping(value = "/api/v1/venues/{id}/poster.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Allowed(value = { Permission.VENUE_REGISTER, Permission.VENUE_APPROVE, Permission.VISITOR_LOG_READ }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "The printable poster: A4 PDF, QR 17 × 17 cm, instructions in Vietnamese and English")
	ResponseEntity<byte[]> posterPdf(Actor actor, @PathVariable UUID id) {
		Venue venue = registry.visible(actor, id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"venue-" + id + ".pdf\"").body(posters.render(venue));
	}

	@GetMapping(value = "/api/v1/venues/{id}/poster.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Allowed(value = { Permission.VENUE_REGISTER, Permission.VENUE_APPROVE, Permission.VISITOR_LOG_READ }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "The venue QR as a PNG (1000 × 1000), for screens and the owner's own print layouts")
	ResponseEntity<byte[]> posterPng(Actor actor, @PathVariable UUID id) {
		Venue venue = registry.visible(actor, id);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(PosterImages.png(venue.qr(), 1000));
	}

	@PostMapping("/api/v1/venues/{id}/qr")
	@Allowed(value = { Permission.VENUE_REGISTER, Permission.VENUE_APPROVE }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Reissue the venue's poster: sign its QR again with the current key (its owner, or staff who approve venues of its area)",
			description = "→ the venue with its new qr. The old poster keeps working until its key is retired; print the new one.")
	VenueView reissue(Actor actor, @PathVariable UUID id) {
		return VenueView.of(registry.reissue(actor, id));
	}

	@GetMapping("/api/v1/venues/types")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "The venue type codes")
	List<String> types() {
		return Arrays.stream(VenueType.values()).map(Enum::name).toList();
	}

	@GetMapping(value = "/api/v1/keys/venue-qr", produces = { "application/jwk-set+json", "application/json" })
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "The public keys that sign venue QRs (JWK set): the signing key first, then every rotated-out key not yet retired",
			description = "Offline scanners verify a poster's ES256 compact JWS with the key its header's kid names; its payload is {typ: venue, sub: <venue id>}.")
	ResponseEntity<Map<String, Object>> keys() {
		return ResponseEntity.status(HttpStatus.OK).body(qrs.publicJwks());
	}

	/** A status change. */
	record StatusChange(String status, String reason) {
	}
}
