package vn.pccovid.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.geo.Areas;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.registry.internal.AccessLogs;

/** The citizen's page "who read my data": roles and areas by name, purposes in words, Vietnam time, repeats grouped. */
@Controller
class AccessLogPages {

	private final AccessLogs logs;
	private final Areas areas;

	AccessLogPages(AccessLogs logs, Areas areas) {
		this.logs = logs;
		this.areas = areas;
	}

	@GetMapping("/me/access-log")
	@Allowed(area = AreaRule.OWN_DATA)
	String page(Actor actor, @RequestParam(required = false) Long before,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AccessLogs.Page page = logs.of(actor, before, 50);
		model.addAttribute("lines", AccessLogLines.of(page.items(), areas));
		model.addAttribute("next", page.next());
		boolean more = "true".equals(htmx) && before != null;
		model.addAttribute("oob", more);
		return more ? "registry/access-log :: more" : "registry/access-log";
	}
}
