package vn.pccovid.vaccination.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** Campaign plans: public with their progress, made by vaccination staff of the area. */
@RestController
@Tag(name = "Vaccination")
class PlanController {

	private final CampaignPlans plans;

	PlanController(CampaignPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/api/v1/vaccination/plans")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "Every campaign plan with its targets and progress (public, no personal data)")
	List<Plans.PlanProgress> plans() {
		return plans.published();
	}

	@PostMapping("/api/v1/vaccination/plans")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Make a campaign plan for a locality of the caller's scope, with ward targets (from the registry's adults resident in each ward when none are given)")
	ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody(required = false) CampaignPlans.NewPlan body) {
		CampaignPlans.NewPlan plan = body == null ? new CampaignPlans.NewPlan(null, null, null, null, null, null) : body;
		UUID id = plans.create(actor, plan);
		return ResponseEntity.created(URI.create("/api/v1/vaccination/plans/" + id)).body(Map.of("id", id));
	}
}
