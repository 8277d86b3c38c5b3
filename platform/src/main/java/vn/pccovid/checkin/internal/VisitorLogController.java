package vn.pccovid.checkin.internal;

import java.time.Instant;
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
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;

/** Who visited a venue (health staff of the area), and when (its owner too). */
@RestController
@Tag(name = "Venues")
class VisitorLogController {

	private final VisitorLogs logs;

	VisitorLogController(VisitorLogs logs) {
		this.logs = logs;
	}

	@GetMapping("/api/v1/venues/{id}/visitors")
	@Allowed(value = { Permission.VISITOR_LOG_READ, Permission.VENUE_REGISTER }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "The venue's visitor log in a time window (default: the last 24 hours; at most 31 days)",
			description = "{items:[{personId, fullName, at, via: APP|VENUE_SCAN|GATEWAY}], next}, oldest first; after=next for the next page. Health staff of the venue's area see who (audited); the venue's owner sees only times (personId and fullName null); anyone else 403.")
	KeysetPage<VisitorLogs.VisitorView> visitors(Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(required = false) String purpose) {
		return logs.visitors(actor, id, from, to, after, KeysetPage.checkedLimit(limit, 500), purpose);
	}

	@GetMapping("/api/v1/venues/{id}/visits/hourly")
	@Allowed(value = { Permission.VISITOR_LOG_READ, Permission.VENUE_REGISTER, Permission.VENUE_APPROVE }, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Check-ins per hour at the venue in a window (counts only; owner and staff of the area)")
	List<CheckInRecords.HourCount> hourly(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		return logs.counts(actor, id, from, to);
	}
}
