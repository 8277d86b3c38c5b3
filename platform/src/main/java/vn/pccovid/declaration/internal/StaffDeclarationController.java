package vn.pccovid.declaration.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;

/** Health staff: the declarations of their area, and health and movement declarations for people without a phone. */
@RestController
@Tag(name = "Declarations")
class StaffDeclarationController {

	private final DeclarationFiling filing;
	private final DeclarationReading reading;

	StaffDeclarationController(DeclarationFiling filing, DeclarationReading reading) {
		this.filing = filing;
		this.reading = reading;
	}

	@PostMapping("/api/v1/declarations/health")
	@Allowed(Permission.DECLARATION_RECORD)
	@Operation(summary = "File a health declaration for someone without a phone (identity checked against the registry)",
			description = "{cccd, fullName, dateOfBirth, symptoms, exposures, date}. The identity must match the registry (the verification quota applies: 429). A mismatch names the field only to staff who may read that citizen, else 404; a person outside the caller's area is 403.")
	@ApiResponse(responseCode = "201", description = "filed")
	ResponseEntity<Map<String, UUID>> record(Actor actor, @RequestBody(required = false) StaffHealthForm form,
			@RequestParam(required = false) String purpose) {
		UUID id = filing.fileHealthForOther(actor, form, purpose);
		return ResponseEntity.created(URI.create("/api/v1/declarations/health/" + id)).body(Map.of("id", id));
	}

	@PostMapping("/api/v1/declarations/movement")
	@Allowed(Permission.DECLARATION_RECORD)
	@Operation(summary = "File a domestic movement declaration for someone without a phone (identity checked against the registry)",
			description = "{cccd, fullName, dateOfBirth, fromWard, toWard, date, purpose, vehicle:{type, plate?, trip?, seat?}} → 201 {id, qr}. The identity is checked as for health declarations filed by staff: a mismatch names the field only to staff who may read that citizen, else 404; a person outside the caller's area is 403. The QR is signed like a citizen's (print it or show it at the checkpoint).")
	@ApiResponse(responseCode = "201", description = "filed")
	ResponseEntity<Map<String, Object>> recordMovement(Actor actor, @RequestBody(required = false) StaffMovementForm form,
			@RequestParam(required = false) String purpose) {
		DeclarationFiling.FiledMovement filed = filing.fileMovementForOther(actor, form, purpose);
		return ResponseEntity.created(URI.create("/api/v1/declarations/movement/" + filed.id()))
				.body(Map.of("id", filed.id(), "qr", filed.qr()));
	}

	@GetMapping("/api/v1/declarations/health")
	@Allowed(Permission.DECLARATION_READ)
	@Operation(summary = "Health declarations of the caller's area, newest first (keyset: next → after), every read audited",
			description = "Filters: area (a GSO code inside the caller's scope), from/to (days described), symptom, exposure, suspicious=true (only those with a symptom or exposure).")
	KeysetPage<HealthView> health(Actor actor, @RequestParam(required = false) String area,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String symptom, @RequestParam(required = false) String exposure,
			@RequestParam(defaultValue = "false") boolean suspicious, @RequestParam(required = false) Long after,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String purpose) {
		return reading.areaHealth(actor, area, HealthFilters.of(from, to, symptom, exposure, suspicious), after, limit, purpose);
	}

	@GetMapping("/api/v1/declarations/movement")
	@Allowed(Permission.DECLARATION_READ)
	@Operation(summary = "Movement declarations of the caller's area's residents and into it, newest first, every read audited")
	KeysetPage<MovementView> movement(Actor actor, @RequestParam(required = false) String area,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(required = false) String purpose) {
		HealthFilters.range(from, to);
		return reading.areaMovements(actor, area, from, to, after, limit, purpose);
	}
}
