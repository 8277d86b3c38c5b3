package vn.pccovid.notification.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import vn.pccovid.access.Actor;

/** Puts {@code inboxUnread} (unread messages on the signed-in phone) into citizen pages, for the layout's badge. */
@ControllerAdvice(annotations = Controller.class)
class InboxBadgeAdvice {

	private final Inbox inbox;

	InboxBadgeAdvice(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("inboxUnread")
	Integer inboxUnread(Actor actor, HttpServletRequest request) {
		// REST controllers carry @Controller too: the API has no layout, so it is spared the query.
		if (actor == null || !actor.isCitizen() || request.getRequestURI().startsWith("/api/")) {
			return null;
		}
		return inbox.unread(actor.id());
	}
}
