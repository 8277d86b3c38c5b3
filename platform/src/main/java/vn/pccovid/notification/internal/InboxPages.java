package vn.pccovid.notification.internal;

import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The citizen's inbox page; marking read works by htmx (the item is swapped) and by a plain form post. */
@Controller
@Allowed(area = AreaRule.OWN_DATA)
class InboxPages {

	private final Inbox inbox;

	InboxPages(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/me/inbox")
	String page(Actor actor, @RequestParam(required = false) UUID personId, @RequestParam(required = false) Long before,
			Model model) {
		model.addAttribute("inbox", inbox.of(actor, personId, before, 20, LocaleContextHolder.getLocale()));
		model.addAttribute("personId", personId);
		return "notification/inbox";
	}

	@PostMapping("/me/inbox/{id}/read")
	String markRead(Actor actor, @PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		inbox.markRead(actor, id);
		return htmx != null ? "notification/inbox :: read-mark" : "redirect:/me/inbox";
	}
}
