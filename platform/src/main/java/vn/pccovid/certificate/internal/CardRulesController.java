package vn.pccovid.certificate.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;

/** Each province's COVID card rule set: public to read, edited by the province's admin. */
@RestController
@Tag(name = "Certificates")
class CardRulesController {

	private final CardRuleSets sets;
	private final Clock clock;

	CardRulesController(CardRuleSets sets, Clock clock) {
		this.sets = sets;
		this.clock = clock;
	}

	@GetMapping("/api/v1/certificates/card-rules/{province}")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "A province's card rules: {province, customised, rules: [{colour, evidence, minDays, maxDays, maxHours, testTypes}]}",
			description = "Rules are tried in order; the first that matches gives the colour; none gives RED. A province that set none uses the 2021 default.")
	Map<String, Object> get(@PathVariable String province) {
		String code = province(province);
		return Map.of("province", code, "customised", sets.customised(code), "rules", sets.of(code));
	}

	@PutMapping("/api/v1/certificates/card-rules/{province}")
	@Allowed(value = Permission.CARD_RULES_MANAGE, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Replace a province's card rules (province admin of that province or national)")
	Map<String, Object> put(Actor actor, @PathVariable String province, @RequestBody(required = false) List<CardRule> rules) {
		String code = province(province);
		actor.requireCovers(AreaCode.province(code));
		sets.put(code, CardRuleChecks.check(rules), actor.name(), clock.instant());
		return get(code);
	}

	@DeleteMapping("/api/v1/certificates/card-rules/{province}")
	@Allowed(value = Permission.CARD_RULES_MANAGE, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Return a province to the 2021 default rules")
	ResponseEntity<Void> reset(Actor actor, @PathVariable String province) {
		String code = province(province);
		actor.requireCovers(AreaCode.province(code));
		sets.reset(code);
		return ResponseEntity.noContent().build();
	}

	private static String province(String code) {
		if (code == null || !code.matches("\\d{2}")) {
			throw new InvalidInputException("province", "certificate.province.invalid");
		}
		return code;
	}
}
