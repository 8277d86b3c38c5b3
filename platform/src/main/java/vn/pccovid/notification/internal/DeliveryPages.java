package vn.pccovid.notification.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** The console page of delivery status in the caller's area. */
@Controller
@Allowed(value = Permission.NOTIFICATION_READ, area = AreaRule.CALLER_SCOPE)
class DeliveryPages {

	private final DeliveryStatuses statuses;

	DeliveryPages(DeliveryStatuses statuses) {
		this.statuses = statuses;
	}

	@GetMapping("/console/notifications")
	String page(Actor actor, @RequestParam(defaultValue = "") String status, @RequestParam(required = false) Long before,
			Model model) {
		model.addAttribute("status", status);
		model.addAttribute("deliveries", statuses.find(actor, status, before, 50, null));
		return "notification/deliveries";
	}
}
