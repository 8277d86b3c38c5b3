package vn.pccovid.movement.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;
import vn.pccovid.movement.PermitStatus;

/** Travel permits: applications (citizens and organisations), the ward police's decisions, a phone's permits. */
@RestController
@Tag(name = "Movement")
class PermitController {

	private final PermitApplications applications;

	PermitController(PermitApplications applications) {
		this.applications = applications;
	}

	/**
	 * Shared by citizens (for a person on their phone) and organisations ({@code PERMIT_APPLY}): no area rule admits
	 * both kinds of caller, so the rule is PUBLIC here and {@link PermitApplications#requireApplicant} enforces it
	 * (401 signed out, 403 staff without {@code PERMIT_APPLY}) before anything is read.
	 */
	@PostMapping("/api/v1/movement/permits")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "Apply for a travel permit",
			description = "{cccd, fullName, dateOfBirth, purpose, validFrom, validTo, zones:[areaCode]} → 201 {id, status: PENDING}. A citizen applies for a person on their phone (404 otherwise); an organisation (PERMIT_APPLY) for a worker whose identity must match the registry (400 on cccd otherwise). Purposes: HEALTH, FOOD_SUPPLY, UTILITIES, PRESS, PUBLIC_SERVICE, OTHER. The ward police of the holder's residence ward decide.")
	ResponseEntity<Map<String, Object>> apply(Actor actor, @RequestBody(required = false) PermitApplications.Application body) {
		PermitApplications.requireApplicant(actor);
		Permit permit = applications.apply(actor, body);
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/movement/permits/" + permit.id()))
				.body(Map.of("id", permit.id(), "status", permit.status()));
	}

	@PutMapping("/api/v1/movement/permits/{id}/decision")
	@Allowed(Permission.PERMIT_DECIDE)
	@Operation(summary = "Approve or reject a permit (ward police of the holder's ward)",
			description = "{decision: APPROVED|REJECTED, reason} → 200 with the permit (approved: with its signed QR). 403 for police of another ward, 409 once decided, 400 on reason when rejecting without one.")
	PermitView decide(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Decision body) {
		if (body == null) {
			throw new InvalidInputException("decision", "movement.decision.value", "");
		}
		return PermitView.of(applications.decide(actor, id, body.decision(), body.reason()));
	}

	@GetMapping("/api/v1/movement/permits")
	@Allowed(value = { Permission.PERMIT_DECIDE, Permission.CHECKPOINT_MANAGE }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Permits of the caller's area by status (keyset-paged, newest first)")
	KeysetPage<PermitView> list(Actor actor, @RequestParam(defaultValue = "PENDING") String status,
			@RequestParam(required = false) String ward, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "20") int limit) {
		PermitStatus wanted;
		try {
			wanted = PermitStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "movement.permit.status", status);
		}
		KeysetPage<Permit> page = applications.inArea(actor, wanted, ward, after, KeysetPage.checkedLimit(limit, 100));
		return new KeysetPage<>(page.items().stream().map(PermitView::of).toList(), page.next());
	}

	@GetMapping("/api/v1/me/people/{id}/permits")
	@Allowed(area = AreaRule.OWN_DATA)
	@Operation(summary = "The permits of a person on this phone",
			description = "[{id, status, qr, validFrom, validTo, zones}], the latest ending first; qr only once approved. 404 for a person this phone does not act for.")
	ResponseEntity<List<PermitView>> mine(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore())
				.body(applications.ofPerson(actor, id).stream().map(PermitView::of).toList());
	}

	/** A decision. */
	record Decision(String decision, String reason) {
	}
}
