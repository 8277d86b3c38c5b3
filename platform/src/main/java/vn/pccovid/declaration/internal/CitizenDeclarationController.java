package vn.pccovid.declaration.internal;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.QrImages;

/** A signed-in phone declares for the people it acts for, and reads their declarations back. */
@RestController
@Tag(name = "Me")
@Allowed(area = AreaRule.OWN_DATA)
class CitizenDeclarationController {

	private final DeclarationFiling filing;
	private final DeclarationReading reading;

	CitizenDeclarationController(DeclarationFiling filing, DeclarationReading reading) {
		this.filing = filing;
		this.reading = reading;
	}

	@PostMapping("/api/v1/me/people/{id}/declarations/health")
	@Operation(summary = "File a health declaration for a person on this phone",
			description = "Symptom and exposure codes of GET /api/v1/declarations/symptoms (empty lists: none) and the day described (today or up to 14 days back). 400 names the field at fault (symptoms[1] for an unknown code); 404 for a person this phone does not act for. One with a symptom or exposure raises suspicion (event HealthDeclared, a card on the home screen).")
	@ApiResponse(responseCode = "201", description = "filed")
	ResponseEntity<Map<String, UUID>> health(Actor actor, @PathVariable UUID id, @RequestBody(required = false) HealthForm form) {
		UUID declaration = filing.fileHealth(actor, id, form);
		return ResponseEntity.created(URI.create("/api/v1/me/people/" + id + "/declarations/health/" + declaration))
				.body(Map.of("id", declaration));
	}

	@PostMapping("/api/v1/me/people/{id}/declarations/movement")
	@Operation(summary = "File a domestic movement declaration for a person on this phone",
			description = "From ward to ward (5-digit GSO codes) on a day (yesterday to 30 days ahead), purpose, vehicle {type, plate?, trip?, seat?}: a plate for PRIVATE_CAR and MOTORBIKE, a trip number for PLANE and TRAIN, one of them for BUS and BOAT. Answers the id and a signed QR (compact ES256 JWS, keys at /api/v1/keys/movement-declaration) for checkpoints.")
	@ApiResponse(responseCode = "201", description = "filed")
	ResponseEntity<DeclarationFiling.FiledMovement> movement(Actor actor, @PathVariable UUID id,
			@RequestBody(required = false) MovementForm form) {
		DeclarationFiling.FiledMovement filed = filing.fileMovement(actor, id, form);
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
				.location(URI.create("/api/v1/me/people/" + id + "/declarations/movement/" + filed.id())).body(filed);
	}

	@GetMapping("/api/v1/me/people/{id}/declarations/health")
	@Operation(summary = "The person's health declarations, newest first (keyset: next → after)")
	KeysetPage<HealthView> healthHistory(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long after,
			@RequestParam(defaultValue = "20") int limit) {
		return reading.ownHealth(actor, id, after, limit);
	}

	@GetMapping("/api/v1/me/people/{id}/declarations/movement")
	@Operation(summary = "The person's movement declarations with their QR, newest first (keyset: next → after)")
	ResponseEntity<KeysetPage<MovementView>> movementHistory(Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) Long after, @RequestParam(defaultValue = "20") int limit) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reading.ownMovements(actor, id, after, limit));
	}

	@GetMapping(value = "/api/v1/me/people/{id}/declarations/movement/{declaration}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "A movement declaration's QR as a PNG image (400 × 400)")
	ResponseEntity<byte[]> qrPng(Actor actor, @PathVariable UUID id, @PathVariable UUID declaration) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(QrImages.png(reading.ownMovementQr(actor, id, declaration), 400));
	}
}
