package vn.pccovid.checkin.internal;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** Batch ingest for venue devices and partner gateways. */
@RestController
@Tag(name = "Check-in")
class BatchController {

	private final BatchIngest ingest;

	BatchController(BatchIngest ingest) {
		this.ingest = ingest;
	}

	@PostMapping("/api/v1/checkins/batch")
	@Allowed(value = Permission.VENUE_SCAN, area = AreaRule.CALLER_SCOPE)
	@Operation(summary = "Check-ins recorded by venue devices and gateways, up to 1000 per request",
			description = "{items:[{eventId, venueId, qr, at}]} (qr: a personal, paper or chip-CCCD QR; at: ISO-8601 within the retention window) → {accepted, duplicates, rejected:[{index, field, reason}]}. Idempotent by eventId: a replayed item counts as a duplicate. A venue owner's token: own venues only; a partner system's: venues of its area. Answered once stored durably.")
	BatchIngest.Outcome batch(Actor actor, @RequestBody(required = false) Batch batch) {
		return ingest.ingest(actor, batch == null ? null : batch.items());
	}

	/** The request. */
	record Batch(List<BatchIngest.Item> items) {
	}
}
