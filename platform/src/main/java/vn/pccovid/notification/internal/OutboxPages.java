package vn.pccovid.notification.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;
import vn.pccovid.core.PhoneNumber;

/** The console page of the outbox (development and demo installs only; reads audited). */
@Controller
@Allowed(value = Permission.OUTBOX_READ, area = AreaRule.ANY_AREA)
class OutboxPages {

	private final OutboxReading outbox;

	OutboxPages(OutboxReading outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/console/outbox")
	String page(Actor actor, @RequestParam(defaultValue = "") String recipient, Model model) {
		String normalised = recipient.isBlank() ? null : PhoneNumber.parse(recipient).map(PhoneNumber::value).orElse(recipient.strip());
		model.addAttribute("recipient", recipient);
		model.addAttribute("messages", outbox.read(actor, normalised, null, 100, null));
		return "notification/outbox";
	}
}
