package vn.pccovid.relief.internal;

import java.net.URI;
import java.util.List;
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

/** Relief programmes: defined by a province admin, their terms public. */
@RestController
@Tag(name = "Relief")
class ProgrammeController {

	private final ProgrammeCatalogue catalogue;

	ProgrammeController(ProgrammeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@PostMapping("/api/v1/relief/programmes")
	@Allowed(Permission.RELIEF_PROGRAMME_MANAGE)
	@Operation(summary = "Define a programme of the caller's province (national for a national admin)",
			description = "rules: any of minAge, maxAge, residence [PERMANENT|TEMPORARY|HOMELESS], flags [SHIPPER|FREELANCE|…], caseStatus [F0|F1] with caseWithin {from, to}; all given must hold. 400 naming the field at fault.")
	ResponseEntity<ProgrammeView> define(Actor actor, @RequestBody(required = false) NewProgramme request) {
		Programme programme = catalogue.define(actor, request);
		return ResponseEntity.created(URI.create("/api/v1/relief/programmes/" + programme.id())).body(ProgrammeView.of(programme));
	}

	@GetMapping("/api/v1/relief/programmes")
	@Allowed({ Permission.RELIEF_PROGRAMME_MANAGE, Permission.RELIEF_READ })
	@Operation(summary = "The programmes of the caller's province and the national ones, newest first")
	List<ProgrammeView> list(Actor actor) {
		return catalogue.visibleTo(actor).stream().map(ProgrammeView::of).toList();
	}

	@GetMapping("/api/v1/relief/programmes/{id}")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "A programme's terms (public, like its lists)")
	ProgrammeView get(@PathVariable UUID id) {
		return ProgrammeView.of(catalogue.get(id));
	}
}
