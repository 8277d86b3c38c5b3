package vn.pccovid.cases.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;
import vn.pccovid.geo.Areas;

/** Cases for health staff, epidemiologists and ward police, in their area (H2). */
@RestController
@Tag(name = "Cases")
class CaseController {

	private final CaseDesk desk;
	private final Areas areas;

	CaseController(CaseDesk desk, Areas areas) {
		this.desk = desk;
		this.areas = areas;
	}

	@GetMapping("/api/v1/cases")
	@Allowed(value = { Permission.CASE_READ }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Cases in an area, newest first (keyset: pass the answer's next as after)",
			description = "status: a level (F0, F1, F2, SUSPECTED) or a state (CONFIRMED, ISOLATING_HOME, …, CLEARED); area: a GSO code of a province, district or ward inside the caller's scope (403 outside); from/to: days the case reached its state; limit 1–200 (default 50). Audited.")
	KeysetPage<CaseViews.Item> list(Actor actor, @RequestParam(required = false) String status,
			@RequestParam(required = false) String area, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long after,
			@RequestParam(defaultValue = "50") int limit) {
		AreaCode code = area == null || area.isBlank() ? null : areas.get(area.strip(), "area").code();
		return desk.list(actor, code, status, from, to, after, limit);
	}

	@GetMapping("/api/v1/cases/{id}")
	@Allowed(value = { Permission.CASE_READ }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "One case with its full history (who, when, why); 404 unknown, 403 outside the caller's area")
	CaseViews.Detail get(Actor actor, @PathVariable UUID id) {
		return desk.get(actor, id);
	}

	@PostMapping("/api/v1/cases")
	@Allowed(value = { Permission.CASE_MANAGE }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Enter a case for a registry person in the caller's area",
			description = "{personId, level: SUSPECTED|F0|F1|F2, referenceDate (onset, test or contact day; default today), reason}. 201 with the new case; 200 when the person's active case was raised or already at that level or above.")
	ResponseEntity<CaseViews.Detail> open(Actor actor, @RequestBody(required = false) NewCase body) {
		NewCase request = body == null ? new NewCase(null, null, null, null) : body;
		CaseBook.Change change = desk.open(actor, request.personId(), request.level(), request.referenceDate(), request.reason());
		return ResponseEntity.status(change.outcome() == CaseBook.Outcome.OPENED ? HttpStatus.CREATED : HttpStatus.OK)
				.location(URI.create("/api/v1/cases/" + change.row().id())).body(desk.detail(change.row()));
	}

	@PostMapping("/api/v1/cases/{id}/transitions")
	@Allowed(value = { Permission.CASE_MANAGE }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Move a case to its next state, with a reason",
			description = "{to, reason}: suspected → CONFIRMED | CLEARED; CONFIRMED → ISOLATING_HOME | ISOLATING_FACILITY | HOSPITALISED | RECOVERED | DECEASED (and between those); QUARANTINED (F1/F2) → CONFIRMED (becomes F0) | CLEARED. 409 for any other move; the history keeps every change.")
	CaseViews.Detail transition(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Move body) {
		Move move = body == null ? new Move(null, null) : body;
		return desk.transition(actor, id, move.to(), move.reason());
	}

	/** A case to enter. */
	record NewCase(UUID personId, String level, LocalDate referenceDate, String reason) {
	}

	/** A transition to make. */
	record Move(String to, String reason) {
	}
}
