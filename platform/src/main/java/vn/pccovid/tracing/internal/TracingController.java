package vn.pccovid.tracing.internal;

import java.net.URI;
import java.util.UUID;

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
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** Tracing runs for epidemiologists in their area: start, read with evidence, decide. */
@RestController
@Tag(name = "Tracing")
class TracingController {

	private final TracingRuns runs;

	TracingController(TracingRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/api/v1/tracing/runs")
	@Allowed(value = { Permission.TRACING_RUN }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Start a tracing run for a case in the caller's area",
			description = "{caseId}. 202 with the run's Location: a job that finds F1 (venue ±60 min, household, same vehicle or trip and day) and F2 (household and venue co-presence of each F1) over the look-back window. 404 unknown case, 403 outside the caller's area.")
	ResponseEntity<RunViews.RunView> start(Actor actor, @RequestBody(required = false) Start body) {
		RunRecords.Run run = runs.request(actor, body == null ? null : body.caseId());
		return ResponseEntity.accepted().location(URI.create("/api/v1/tracing/runs/" + run.id()))
				.body(RunViews.RunView.of(run, new vn.pccovid.core.KeysetPage<>(java.util.List.of(), null)));
	}

	@GetMapping("/api/v1/tracing/runs")
	@Allowed(value = { Permission.TRACING_RUN }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "The runs of a case (newest first, without contacts); 404 unknown case, 403 outside the caller's area")
	java.util.List<RunViews.RunView> ofCase(Actor actor, @RequestParam UUID caseId) {
		return runs.ofCase(actor, caseId).stream()
				.map(run -> RunViews.RunView.of(run, new vn.pccovid.core.KeysetPage<>(java.util.List.of(), null))).toList();
	}

	@GetMapping("/api/v1/tracing/runs/{id}")
	@Allowed(value = { Permission.TRACING_RUN }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "A run: status and a page of contacts with their evidence and decisions",
			description = "level F1|F2 filters; after (the answer's next) pages; limit 1–500 (default 200). Audited.")
	RunViews.RunView get(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String level,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "200") int limit) {
		return runs.view(actor, id, level, after, limit);
	}

	@PostMapping("/api/v1/tracing/runs/{id}/contacts/{personId}/decision")
	@Allowed(value = { Permission.TRACING_RUN }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Confirm or dismiss a contact",
			description = "{decision: CONFIRMED|DISMISSED, reason}. A confirmed contact becomes an F1/F2 case and is notified (inbox + SMS) once. 409 when the run is not done or the contact was decided.")
	RunViews.ContactView decide(Actor actor, @PathVariable UUID id, @PathVariable UUID personId,
			@RequestBody(required = false) Decision body) {
		Decision decision = body == null ? new Decision(null, null) : body;
		return runs.decide(actor, id, personId, decision.decision(), decision.reason());
	}

	/** The case to trace. */
	record Start(UUID caseId) {
	}

	/** A decision on a contact. */
	record Decision(String decision, String reason) {
	}
}
