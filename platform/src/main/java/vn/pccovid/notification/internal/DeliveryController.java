package vn.pccovid.notification.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;

/** Delivery status of notifications to persons in the caller's area (no texts, recipients masked). */
@RestController
@Tag(name = "Notifications")
@Allowed(value = Permission.NOTIFICATION_READ, area = AreaRule.CALLER_SCOPE)
class DeliveryController {

	private final DeliveryStatuses statuses;

	DeliveryController(DeliveryStatuses statuses) {
		this.statuses = statuses;
	}

	@GetMapping("/api/v1/notifications/deliveries")
	@Operation(summary = "Deliveries in my area, newest first; status PENDING, SENT or FAILED; audited")
	KeysetPage<Deliveries.Status> deliveries(Actor actor, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(required = false) String purpose) {
		return statuses.find(actor, status, before, limit, purpose);
	}
}
