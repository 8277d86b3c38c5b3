package vn.pccovid.notification.internal;


import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.PhoneNumber;
import vn.pccovid.core.Permission;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;

/** The outbox of a development or demo install, for administrators (sign-in codes included; reads audited). */
@RestController
@Tag(name = "Notifications")
@Allowed(value = Permission.OUTBOX_READ, area = AreaRule.ANY_AREA)
class OutboxController {

	private final OutboxReading outbox;

	OutboxController(OutboxReading outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/notifications/outbox")
	@Operation(summary = "Messages written to the outbox, newest first; recipient is a phone (any format) or e-mail. "
			+ "Only on development and demo installs (404 otherwise); every read is audited")
	KeysetPage<Outbox.Entry> outbox(Actor actor, @RequestParam(required = false) String recipient, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String purpose) {
		KeysetPage.checkedLimit(limit, 200);
		String normalised = recipient == null || recipient.isBlank() ? null
				: recipient.contains("@") ? recipient.strip() : PhoneNumber.parse(recipient).map(PhoneNumber::value)
						.orElseThrow(() -> new InvalidInputException("recipient", "access.phone.invalid"));
		return KeysetPage.of(outbox.read(actor, normalised, before, limit + 1, purpose), limit, Outbox.Entry::id);
	}
}
