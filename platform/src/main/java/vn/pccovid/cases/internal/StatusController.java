package vn.pccovid.cases.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** A person's F0/F1/F2 status in the citizen app, with what to do. */
@RestController
@Tag(name = "Me")
@Allowed(area = AreaRule.OWN_DATA)
class StatusController {

	private final PersonStatuses statuses;
	private final MessageSource messages;

	StatusController(PersonStatuses statuses, MessageSource messages) {
		this.statuses = statuses;
		this.messages = messages;
	}

	@GetMapping("/api/v1/me/people/{id}/status")
	@Operation(summary = "The person's case status and what to do",
			description = "status: F0, F1, F2 or SUSPECTED while a case is active; RECOVERED, CLEARED or DECEASED once it ended; NONE without a case. instructions in the request's language. 404 for a person this phone does not act for.")
	ResponseEntity<Answer> status(Actor actor, @PathVariable UUID id, Locale locale) {
		PersonStatuses.Status status = statuses.of(actor.id(), id);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore())
				.body(new Answer(status.status(), status.since(), messages.getMessage(status.instructionsKey(), null, locale)));
	}

	/** The answer: status, since when, and what to do. */
	record Answer(String status, Instant since, String instructions) {
	}
}
