package vn.pccovid.notification.internal;


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
import vn.pccovid.core.KeysetPage;

/** The outbox of a development or demo install, for administrators (sign-in codes included). */
@RestController
@Tag(name = "Notifications")
@Allowed(value = Permission.OUTBOX_READ, area = AreaRule.ANY_AREA)
class OutboxController {

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/notifications/outbox")
	@Operation(summary = "Messages written to the outbox, newest first; recipient is a phone (any format) or e-mail")
	KeysetPage<Outbox.Entry> outbox(@RequestParam(required = false) String recipient, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		KeysetPage.checkedLimit(limit, 200);
		String normalised = recipient == null || recipient.isBlank() ? null
				: recipient.contains("@") ? recipient.strip() : PhoneNumbers.normalise(recipient)
						.orElseThrow(() -> new InvalidInputException("recipient", "access.phone.invalid"));
		return KeysetPage.of(outbox.find(normalised, before, limit + 1), limit, Outbox.Entry::id);
	}
}
