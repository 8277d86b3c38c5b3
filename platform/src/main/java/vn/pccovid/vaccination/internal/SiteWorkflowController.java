package vn.pccovid.vaccination.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** The site's workflow: check-in, screening, dose, adverse events, observation list. */
@RestController
@Tag(name = "Vaccination")
@Allowed(value = Permission.VACCINATION_RECORD, area = AreaRule.CALLER_SCOPE)
class SiteWorkflowController {

	private final SiteWorkflow workflow;
	private final DoseRecording recording;

	SiteWorkflowController(SiteWorkflow workflow, DoseRecording recording) {
		this.workflow = workflow;
		this.recording = recording;
	}

	@PostMapping("/api/v1/vaccination/sites/{id}/check-ins")
	@Operation(summary = "Check a person in by personal QR, chip-CCCD QR or CCCD (a walk-in is registered on the spot)")
	ResponseEntity<SiteWorkflow.CheckedIn> checkIn(Actor actor, @PathVariable UUID id, @RequestBody(required = false) CheckIn body) {
		CheckIn checkIn = body == null ? new CheckIn(null, null, null) : body;
		SiteWorkflow.CheckedIn checkedIn = workflow.checkIn(actor, id, checkIn.personQr(), checkIn.cccd(), checkIn.priorityGroup());
		return ResponseEntity.created(URI.create("/api/v1/vaccination/visits/" + checkedIn.visitId())).body(checkedIn);
	}

	@PostMapping("/api/v1/vaccination/visits/{id}/screening")
	@Operation(summary = "Record the screening checklist; a contraindication (or a dose not due yet) defers with the reasons")
	SiteWorkflow.Screened screen(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Screening body) {
		return workflow.screen(actor, id, body == null ? null : body.answers());
	}

	@PostMapping("/api/v1/vaccination/doses")
	@Operation(summary = "Record a dose given at a site",
			description = "Identifies the person by personQr (personal or chip-CCCD QR) or cccd; checks the dose number, interval and mixing rules (400), a deferral (409) and draws the dose from the lot's stock (409 when empty or expired).")
	ResponseEntity<DoseRecording.RecordedDose> dose(Actor actor, @RequestBody(required = false) DoseRecording.DoseCommand body) {
		DoseRecording.DoseCommand command = body == null ? new DoseRecording.DoseCommand(null, null, null, null, null, null, null) : body;
		DoseRecording.RecordedDose dose = recording.record(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/vaccination/doses/" + dose.id())).body(dose);
	}

	@PostMapping("/api/v1/vaccination/doses/{id}/adverse-events")
	@Operation(summary = "Record an adverse event following immunization (AEFI) with its severity: MILD, MODERATE, SEVERE")
	ResponseEntity<Map<String, Object>> adverseEvent(Actor actor, @PathVariable UUID id, @RequestBody(required = false) AdverseEvent body) {
		AdverseEvent event = body == null ? new AdverseEvent(null, null) : body;
		UUID recorded = recording.adverseEvent(actor, id, event.severity(), event.description());
		return ResponseEntity.created(URI.create("/api/v1/vaccination/doses/" + id + "/adverse-events/" + recorded))
				.body(Map.of("id", recorded));
	}

	@GetMapping("/api/v1/vaccination/sites/{id}/observation")
	@Operation(summary = "People whose 30-minute observation after their dose is running")
	List<SiteWorkflow.Observed> observation(Actor actor, @PathVariable UUID id) {
		return workflow.observation(actor, id);
	}

	/** Who checks in. */
	record CheckIn(String personQr, String cccd, String priorityGroup) {
	}

	/** The checklist's answers by question code. */
	record Screening(Map<String, Boolean> answers) {
	}

	/** An adverse event. */
	record AdverseEvent(String severity, String description) {
	}
}
