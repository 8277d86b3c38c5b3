package vn.pccovid.checkin.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.JsonBodies;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;
import vn.pccovid.personalqr.ScannedPerson;

/** Check-ins both ways: a citizen scanning a poster, a venue scanning a person's QR; a person's own history. */
@RestController
@Tag(name = "Check-in")
class CheckInController {

	private final CheckInRecording recording;
	private final CheckInHistory history;

	private final JsonBodies json;

	CheckInController(CheckInRecording recording, CheckInHistory history, JsonBodies json) {
		this.recording = recording;
		this.history = history;
		this.json = json;
	}

	@PostMapping("/api/v1/me/people/{id}/checkins")
	@Allowed(area = AreaRule.OWN_DATA)
	@Operation(summary = "Check a person on this phone in at a venue by its poster's QR",
			description = "{venueQr} → 201 {id, venue:{id, name}, at}. 400 venueQr: not a venue QR, forged or altered. 409: venue suspended or not yet approved. 404: a person this phone does not act for. Answered once stored durably.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = PosterScan.class))),
			responses = @ApiResponse(responseCode = "201", description = "Checked in",
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckedIn.class))))
	void checkIn(Actor actor, @PathVariable UUID id, HttpServletRequest request, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		// A whole city's phones at opening hours: body and answer by hand (core.JsonBodies says why).
		PosterScan body = json.read(request, PosterScan.class);
		CheckInRecording.Recorded recorded = recording.byCitizen(actor, id, body == null ? null : body.venueQr());
		json.write(response, HttpServletResponse.SC_CREATED, "/api/v1/me/people/" + id + "/checkins/" + recorded.id(),
				CheckedIn.of(recorded));
	}

	@GetMapping("/api/v1/me/people/{id}/checkins")
	@Allowed(area = AreaRule.OWN_DATA)
	@Operation(summary = "The person's own check-ins, newest first (keyset-paged with before=next)")
	KeysetPage<OwnCheckIn> mine(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String before,
			@RequestParam(defaultValue = "50") int limit) {
		KeysetPage<CheckInRecords.OwnVisit> page = history.of(actor, id, before, KeysetPage.checkedLimit(limit, 200));
		return new KeysetPage<>(page.items().stream().map(v -> new OwnCheckIn(v.eventId(),
				new VenueRef(v.venueId(), v.venueName(), v.venueAddress()), v.at(), v.via())).toList(), page.next());
	}

	@PostMapping("/api/v1/venues/{id}/scans")
	@Allowed(value = Permission.VENUE_SCAN, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "The venue scans a person's personal, paper or chip-CCCD QR",
			description = "{qr} → 201 {id, venue, at, person:{fullName, yearOfBirth}} (a venue owner sees the name abbreviated). Own venues only (partner systems: venues of their area). 400 qr: invalid code, with the reason in the message.")
	ResponseEntity<CheckedIn> scan(Actor actor, @PathVariable UUID id, @RequestBody(required = false) PersonScan body) {
		CheckInRecording.Recorded recorded = recording.byVenueScan(actor, id, body == null ? null : body.qr());
		return ResponseEntity.created(URI.create("/api/v1/venues/" + id + "/scans/" + recorded.id())).body(CheckedIn.of(recorded));
	}

	/** The poster's QR text. */
	record PosterScan(String venueQr) {
	}

	/** A person's QR text. */
	record PersonScan(String qr) {
	}

	/** A venue as a check-in names it. */
	record VenueRef(UUID id, String name, String address) {
	}

	/** A check-in as answered; {@code person} only for venue scans. */
	record CheckedIn(UUID id, VenueRef venue, Instant at, ScannedPerson person) {

		static CheckedIn of(CheckInRecording.Recorded r) {
			return new CheckedIn(r.id(), new VenueRef(r.venue().id(), r.venue().name(), r.venue().address()), r.at(),
					r.scan() == null ? null : r.scan().person());
		}
	}

	/** One of the person's own check-ins. */
	record OwnCheckIn(UUID id, VenueRef venue, Instant at, CheckInChannel via) {
	}
}
