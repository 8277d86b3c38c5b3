package vn.pccovid.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;
import vn.pccovid.registry.Household;
import vn.pccovid.registry.HouseholdId;
import vn.pccovid.registry.Households;

/** A household and its members, for staff of its area. */
@RestController
@Tag(name = "Registry")
class HouseholdController {

	private final Households households;

	HouseholdController(Households households) {
		this.households = households;
	}

	@GetMapping("/api/v1/registry/households/{id}")
	@Allowed(Permission.CITIZEN_READ)
	@Operation(summary = "The members of a household of the caller's area")
	View get(Actor actor, @PathVariable String id, @RequestParam(required = false) String purpose) {
		Household household = households.get(actor, HouseholdId.parse(id, "id"), purpose);
		return new View(household.id().value(), household.area().value(), household.area().path(), household.address(),
				household.members().stream().map(CitizenView::of).toList());
	}

	/** A household as the API shows it. */
	record View(UUID id, String wardCode, String areaPath, String address, List<CitizenView> members) {
	}
}
