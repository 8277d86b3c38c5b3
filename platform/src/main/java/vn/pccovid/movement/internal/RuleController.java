package vn.pccovid.movement.internal;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;

/** A province's checkpoint rule set: read by its checkpoint staff, replaced by its administrators. */
@RestController
@Tag(name = "Movement")
class RuleController {

	private final RuleEditor editor;

	RuleController(RuleEditor editor) {
		this.editor = editor;
	}

	@GetMapping("/api/v1/movement/rules/{province}")
	@Allowed({ Permission.MOVEMENT_RULES_MANAGE, Permission.CHECKPOINT_SCAN, Permission.CHECKPOINT_MANAGE })
	@Operation(summary = "The province's checkpoint rules in order ({own, rules:[{code, parameter}], codes})")
	Map<String, Object> get(Actor actor, @PathVariable String province) {
		RuleSets.RuleSet set = editor.get(actor, province);
		return Map.of("province", set.province(), "own", set.own(), "rules", set.rules(), "codes", editor.codes());
	}

	@PutMapping("/api/v1/movement/rules/{province}")
	@Allowed(Permission.MOVEMENT_RULES_MANAGE)
	@Operation(summary = "Replace the province's checkpoint rules",
			description = "{rules:[{code, parameter}]} in order. Codes: PERMIT (no parameter), CASE_STATUS (levels, e.g. F0,F1), VACCINATION (doses or doses:days, e.g. 2:14). An empty list lets everyone pass; takes effect at once.")
	Map<String, Object> put(Actor actor, @PathVariable String province, @RequestBody(required = false) Body body) {
		RuleSets.RuleSet set = editor.replace(actor, province, body == null ? null : body.rules());
		return Map.of("province", set.province(), "own", set.own(), "rules", set.rules(), "codes", editor.codes());
	}

	/** The new rules. */
	record Body(List<RuleSets.RuleRow> rules) {
	}
}
