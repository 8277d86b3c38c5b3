package vn.pccovid.movement.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
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
import vn.pccovid.core.Permission;

/** Shippers' declarations from the app, and the ward police's daily violations list. */
@RestController
@Tag(name = "Movement")
class ShipperController {

	private final ShipperDeclarations declarations;

	ShipperController(ShipperDeclarations declarations) {
		this.declarations = declarations;
	}

	@PostMapping("/api/v1/me/people/{id}/shipper-declaration")
	@Allowed(area = AreaRule.OWN_DATA)
	@Operation(summary = "Declare a shipper's operating areas and hours",
			description = "{areas:[areaCode], from: HH:mm, to: HH:mm} (from after to wraps past midnight). 404 for a person not on this phone, 409 for a person the registry does not flag as a shipper. Check-ins and checkpoint passages outside them are flagged.")
	Map<String, Object> declare(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Declaration body) {
		ShipperDeclaration d = declarations.declare(actor, id, body == null ? null : body.areas(), body == null ? null : body.from(),
				body == null ? null : body.to());
		return Map.of("areas", d.areas().stream().map(AreaCode::value).toList(), "from", d.from(), "to", d.to());
	}

	@GetMapping("/api/v1/me/people/{id}/shipper-declaration")
	@Allowed(area = AreaRule.OWN_DATA)
	@Operation(summary = "A shipper's declaration and latest flags (404 when none)")
	ResponseEntity<ShipperDeclarations.Mine> mine(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(declarations.mine(actor, id));
	}

	@GetMapping("/api/v1/movement/shippers/violations")
	@Allowed(Permission.SHIPPER_READ)
	@Operation(summary = "The day's shipper violations of an area (default: the caller's) by the shippers' residence",
			description = "[{personId, at, where, why}]; where: ward code of the venue or checkpoint; why: OUTSIDE_AREA, OUTSIDE_HOURS or OUTSIDE_AREA_AND_HOURS. date: ISO day, default today.")
	List<ShipperRecords.Violation> violations(Actor actor, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String date) {
		return declarations.violations(actor, ward, date);
	}

	/** A declaration. */
	record Declaration(List<String> areas, String from, String to) {
	}
}
