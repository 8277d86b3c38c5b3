package vn.pccovid.vaccination.internal;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** Supply planning: how incoming doses are split among the sites of an area, and why; as JSON or CSV. */
@RestController
@Tag(name = "Vaccination")
@Allowed(value = Permission.VACCINE_STOCK_MANAGE, area = AreaRule.CALLER_SCOPE)
class SupplyPlanController {

	private final SupplyPlanning planning;

	SupplyPlanController(SupplyPlanning planning) {
		this.planning = planning;
	}

	@GetMapping("/api/v1/vaccination/supply-plan")
	@Operation(summary = "Allocate incoming doses to the sites of an area by registered demand beyond stock and half the coverage gap",
			description = "Rows: site, registered people waiting, stock, need, coverage gap, weight, share, doses and why "
					+ "(a sentence in the caller's language); the doses always sum to incoming.")
	List<SupplyPlanRow> plan(Actor actor, @RequestParam(required = false) Long incoming,
			@RequestParam(required = false) String areaCode) {
		return planning.explained(actor, incoming, areaCode, LocaleContextHolder.getLocale());
	}

	@GetMapping(value = "/api/v1/vaccination/supply-plan.csv", produces = "text/csv")
	@Operation(summary = "The same allocation as CSV, with the why column")
	ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) Long incoming,
			@RequestParam(required = false) String areaCode) {
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header("Content-Disposition", "attachment; filename=\"supply-plan.csv\"")
				.body(SupplyPlanning.csv(planning.explained(actor, incoming, areaCode, LocaleContextHolder.getLocale())));
	}
}
