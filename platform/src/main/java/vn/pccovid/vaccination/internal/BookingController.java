package vn.pccovid.vaccination.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.JsonBodies;

/** The citizen app: register a person on the phone for vaccination, book, list and cancel their places. */
@RestController
@Tag(name = "Me")
@Allowed(area = AreaRule.OWN_DATA)
class BookingController {

	private final BookingDesk desk;
	private final Registering registering;
	private final JsonBodies json;

	BookingController(BookingDesk desk, Registering registering, JsonBodies json) {
		this.desk = desk;
		this.registering = registering;
		this.json = json;
	}

	@PostMapping("/api/v1/me/people/{id}/vaccination-registration")
	@Operation(summary = "Register the person for vaccination in a priority group (the first the registry admits when none is named)",
			description = "201 registered; 200 registered already (the earlier group stands); 404 for a person this phone does not act for; 400 on priorityGroup when the registry's data does not admit them.")
	ResponseEntity<Registration> register(Actor actor, @PathVariable UUID id, @RequestBody(required = false) RegistrationRequest body) {
		Registration registration = registering.byCitizen(actor, id, body == null ? null : body.priorityGroup());
		return registration.created()
				? ResponseEntity.created(URI.create("/api/v1/me/people/" + id + "/bookings")).body(registration)
				: ResponseEntity.ok(registration);
	}

	@PostMapping("/api/v1/me/people/{id}/bookings")
	@Operation(summary = "Book a place in a slot for the person's next dose",
			description = "409 when the slot is full, when the person already has an active booking for that dose or is not registered; never overbooks.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingBody.class))),
			responses = @ApiResponse(responseCode = "201", description = "Booked",
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = Booked.class))))
	void book(Actor actor, @PathVariable UUID id, HttpServletRequest request, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		// The endpoint a flash crowd hits: its body is read and its answer written by hand (JsonBodies says why).
		BookingBody body = json.read(request, BookingBody.class);
		BookingOutcome outcome = desk.book(actor, id, body == null ? null : body.slotId());
		json.write(response, HttpServletResponse.SC_CREATED, "/api/v1/me/people/" + id + "/bookings/" + outcome.booking(),
				new Booked(outcome.booking(), SiteController.SlotView.of(outcome.slot())));
	}

	@GetMapping("/api/v1/me/people/{id}/bookings")
	@Operation(summary = "The person's active bookings, soonest first")
	List<Bookings.BookedPlace> bookings(Actor actor, @PathVariable UUID id) {
		return desk.active(actor, id);
	}

	@DeleteMapping("/api/v1/me/people/{id}/bookings/{bookingId}")
	@Operation(summary = "Cancel an active booking and give its place back (404 when no such active booking)")
	ResponseEntity<Void> cancel(Actor actor, @PathVariable UUID id, @PathVariable UUID bookingId) {
		desk.cancel(actor, id, bookingId);
		return ResponseEntity.noContent().build();
	}

	/** The slot to book. */
	record BookingBody(UUID slotId) {
	}

	/** The group to register in, or none. */
	record RegistrationRequest(String priorityGroup) {
	}

	/** A booking made. */
	record Booked(UUID id, SiteController.SlotView slot) {
	}
}
