package vn.pccovid.movement.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** Checkpoints, scans and the province's live feed of passages. */
@RestController
@Tag(name = "Movement")
class CheckpointController {

	private final CheckpointRegistry registry;
	private final CheckpointScans scans;

	CheckpointController(CheckpointRegistry registry, CheckpointScans scans) {
		this.registry = registry;
		this.scans = scans;
	}

	@PostMapping("/api/v1/movement/checkpoints")
	@Allowed(Permission.CHECKPOINT_MANAGE)
	@Operation(summary = "Create a checkpoint in a ward of the caller's area", description = "{name, wardCode} → 201 {id}")
	ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody(required = false) NewCheckpoint body) {
		Checkpoint checkpoint = registry.create(actor, body == null ? null : body.name(), body == null ? null : body.wardCode());
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/movement/checkpoints/" + checkpoint.id()))
				.body(Map.of("id", checkpoint.id(), "name", checkpoint.name(), "wardCode", checkpoint.ward().value()));
	}

	@GetMapping("/api/v1/movement/checkpoints")
	@Allowed({ Permission.CHECKPOINT_SCAN, Permission.CHECKPOINT_MANAGE })
	@Operation(summary = "The checkpoints of the caller's area")
	List<Map<String, Object>> list(Actor actor) {
		return registry.list(actor).stream()
				.map(c -> Map.<String, Object>of("id", c.id(), "name", c.name(), "wardCode", c.ward().value())).toList();
	}

	@PostMapping("/api/v1/movement/checkpoints/{id}/scans")
	@Allowed(Permission.CHECKPOINT_SCAN)
	@Operation(summary = "Scan one code at a checkpoint and get the decision",
			description = "{qr, plate?} → {decision: ALLOW|DENY, reasons:[code], person:{fullName, yearOfBirth}, kind, passage}. qr: a permit QR (verified offline by signature), movement-declaration QR, personal or paper QR, or chip-CCCD QR. Reasons: NO_PERMIT, ZONE_NOT_ALLOWED, PERMIT_EXPIRED, PERMIT_NOT_YET_VALID, PERMIT_FORGED, CASE_F0, CASE_F1 …, VACCINATION_REQUIRED, QR_NOT_RECOGNISED, QR_EXPIRED, QR_REVOKED, QR_BAD_SIGNATURE, QR_UNKNOWN_KEY, QR_NOT_REGISTERED, PERSON_UNKNOWN. The province's rule set decides; every scan is recorded and relayed.")
	CheckpointScans.Decision scan(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Scan body) {
		return scans.scan(actor, id, body == null ? null : body.qr(), body == null ? null : body.plate());
	}

	@GetMapping(value = "/api/v1/movement/feed", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Allowed(Permission.CHECKPOINT_SCAN)
	@Operation(summary = "Live feed of the passages of the caller's province (server-sent events named 'passage')")
	SseEmitter feed(Actor actor, @RequestParam(required = false) String province) {
		return registry.follow(actor, province);
	}

	/** A new checkpoint. */
	record NewCheckpoint(String name, String wardCode) {
	}

	/** A scanned code and, for a vehicle, its plate. */
	record Scan(String qr, String plate) {
	}
}
