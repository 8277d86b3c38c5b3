package vn.pccovid.registry.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenId;
import vn.pccovid.registry.CitizenPage;
import vn.pccovid.registry.CitizenSearch;
import vn.pccovid.registry.Citizens;
import vn.pccovid.registry.NewCitizen;

/** Staff search, reading and registration of citizens in their own area. */
@RestController
@RequestMapping("/api/v1/registry/citizens")
@Tag(name = "Registry", description = "Population registry: citizens, households, verification")
class CitizenController {

	private final Citizens citizens;

	CitizenController(Citizens citizens) {
		this.citizens = citizens;
	}

	@GetMapping
	@Allowed(Permission.CITIZEN_READ)
	@Operation(summary = "Search citizens of the caller's area by name (any diacritics) or CCCD, keyset-paged")
	Page search(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "" + CitizenSearch.DEFAULT_LIMIT) int limit,
			@RequestParam(required = false) String purpose) {
		CitizenPage page = citizens.search(actor, new CitizenSearch(q, ward, after, limit), purpose);
		return new Page(page.items().stream().map(CitizenView::of).toList(), page.next());
	}

	@GetMapping("/{id}")
	@Allowed(Permission.CITIZEN_READ)
	@Operation(summary = "One citizen of the caller's area (403 outside it)")
	CitizenView get(Actor actor, @PathVariable String id, @RequestParam(required = false) String purpose) {
		return CitizenView.of(citizens.get(actor, CitizenId.parse(id, "id"), purpose));
	}

	@PostMapping
	@Allowed(Permission.CITIZEN_REGISTER)
	@Operation(summary = "Register one person in a ward of the caller's area (409 on a known CCCD)")
	ResponseEntity<CitizenView> register(Actor actor, @RequestBody NewCitizen request) {
		if (request == null) {
			throw new InvalidInputException("cccd", "registry.field.required", "cccd");
		}
		Citizen citizen = citizens.register(actor, request);
		return ResponseEntity.created(URI.create("/api/v1/registry/citizens/" + citizen.id())).body(CitizenView.of(citizen));
	}

	/** One page of citizens and the cursor of the next. */
	record Page(List<CitizenView> items, String next) {
	}
}
