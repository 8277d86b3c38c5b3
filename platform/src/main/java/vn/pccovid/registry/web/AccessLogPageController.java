package vn.pccovid.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.registry.internal.AccessLogs;

/** The citizen's page "who read my data": roles and areas of every read or change, newest first. */
@Controller
class AccessLogPageController {

	private final AccessLogs logs;

	AccessLogPageController(AccessLogs logs) {
		this.logs = logs;
	}

	@GetMapping("/me/access-log")
	@Allowed(area = AreaRule.OWN_DATA)
	String page(Actor actor, @RequestParam(required = false) Long before, Model model) {
		model.addAttribute("log", logs.of(actor, before, 50));
		return "registry/access-log";
	}
}
