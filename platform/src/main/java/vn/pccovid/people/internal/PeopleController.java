package vn.pccovid.people.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.people.Addition;
import vn.pccovid.people.ConsentRequest;
import vn.pccovid.people.NewPerson;
import vn.pccovid.people.People;
import vn.pccovid.people.PersonOnPhone;

/** The citizen app's "people on my phone": list, add by proving identity, remove, and consent requests. */
@RestController
@Tag(name = "Me")
@Allowed(area = AreaRule.OWN_DATA)
class PeopleController {

	private final People people;

	PeopleController(People people) {
		this.people = people;
	}

	@GetMapping("/api/v1/me/people")
	@Operation(summary = "The people this phone acts for",
			description = "Own registry records (SELF), household members, children under 16 and consenting adults (ACTIVE), then adults asked for consent (AWAITING_CONSENT, ward not shown).")
	List<PersonOnPhone> list(Actor actor) {
		return people.list(actor);
	}

	@PostMapping("/api/v1/me/people")
	@Operation(summary = "Add a person by proving their identity",
			description = "CCCD, full name and date of birth must match the registry (names without regard to diacritics or case). 201: added at once (household member, child under 16). 202: an adult with a phone of their own was asked in their inbox. 404: no such identity (never says which field differs). 403: an adult without a phone outside the household; the ward office registers them. Adding again answers the same.")
	@ApiResponse(responseCode = "201", description = "added")
	@ApiResponse(responseCode = "202", description = "awaiting the person's consent")
	ResponseEntity<Addition> add(Actor actor, @RequestBody(required = false) Request request) {
		Addition addition = people.add(actor, request == null ? null : new NewPerson(request.cccd(), request.fullName(), request.dateOfBirth()));
		return ResponseEntity.status(addition.added() ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
				.location(URI.create("/api/v1/me/people/" + addition.person().id())).body(addition);
	}

	@DeleteMapping("/api/v1/me/people/{id}")
	@Operation(summary = "Remove a linked person or withdraw a pending request (not the phone's own records)")
	ResponseEntity<Void> remove(Actor actor, @PathVariable UUID id) {
		people.remove(actor, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/me/people/requests")
	@Operation(summary = "Pending requests of other phones to act for people registered with this phone")
	List<ConsentRequest> requests(Actor actor) {
		return people.requests(actor);
	}

	@PostMapping("/api/v1/me/people/requests/{id}/accept")
	@Operation(summary = "Accept a request: the asking phone may act for the person from now on")
	ConsentRequest accept(Actor actor, @PathVariable UUID id) {
		return people.accept(actor, id);
	}

	@PostMapping("/api/v1/me/people/requests/{id}/decline")
	@Operation(summary = "Decline a request: nothing is shared")
	ConsentRequest decline(Actor actor, @PathVariable UUID id) {
		return people.decline(actor, id);
	}

	/** The identity to prove. */
	record Request(String cccd, String fullName, LocalDate dateOfBirth) {
	}
}
