package vn.pccovid.vaccination.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** Coverage statistics of an area of the caller's scope. */
@RestController
@Tag(name = "Vaccination")
class CoverageController {

	private final CoverageStatistics statistics;

	CoverageController(CoverageStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/v1/vaccination/coverage")
	@Allowed(value = Permission.VACCINATION_READ, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "People with ≥ 1 dose, fully vaccinated and boosted, per area one level below and age group",
			description = "areaCode: a province, district or ward of the caller's scope (default: the scope itself).")
	List<CoverageStatistics.Row> coverage(Actor actor, @RequestParam(required = false) String areaCode) {
		return statistics.of(actor, areaCode);
	}
}
