package vn.pccovid.notification.internal;

import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The inbox API of the citizen app: messages of everyone on the signed-in phone. */
@RestController
@Tag(name = "Me")
@Allowed(area = AreaRule.OWN_DATA)
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/me/inbox")
	@Operation(summary = "Messages of the people on my phone, newest first, in my language; `unread` counts all pages")
	Inbox.Page inbox(Actor actor, @RequestParam(required = false) UUID personId, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "20") int limit) {
		return inbox.of(actor, personId, before, limit, LocaleContextHolder.getLocale());
	}

	@PostMapping("/api/v1/me/inbox/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Marks a message read (404 for a message not on this phone)")
	void markRead(Actor actor, @PathVariable long id) {
		inbox.markRead(actor, id);
	}
}
