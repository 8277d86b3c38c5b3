package vn.pccovid.notification.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.access.PhoneNumbers;
import vn.pccovid.core.Permission;
import vn.pccovid.core.InvalidInputException;

/** The outbox of a development or demo install, for administrators (sign-in codes included). */
@RestController
@Tag(name = "Notifications")
@Allowed(value = Permission.OUTBOX_READ, area = AreaRule.ANY_AREA)
class OutboxController {

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	record Page(List<Outbox.Entry> items, Long next) {
	}

	@GetMapping("/api/v1/notifications/outbox")
	@Operation(summary = "Messages written to the outbox, newest first; recipient is a phone (any format) or e-mail")
	Page outbox(@RequestParam(required = false) String recipient, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 200) {
			throw new InvalidInputException("limit", "access.page.limit", 200);
		}
		String normalised = recipient == null || recipient.isBlank() ? null
				: recipient.contains("@") ? recipient.strip() : PhoneNumbers.normalise(recipient)
						.orElseThrow(() -> new InvalidInputException("recipient", "access.phone.invalid"));
		List<Outbox.Entry> found = outbox.find(normalised, before, limit + 1);
		List<Outbox.Entry> items = found.stream().limit(limit).toList();
		return new Page(items, found.size() > limit ? items.get(items.size() - 1).id() : null);
	}
}
