package vn.pccovid.registry.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.registry.CitizenPage;
import vn.pccovid.registry.CitizenSearch;
import vn.pccovid.registry.Citizens;

/** The staff console's citizen search: a live search box (names without diacritics work) and its results. */
@Controller
@Allowed(Permission.CITIZEN_READ)
class CitizenPagesController {

	private final Citizens citizens;
	private final MessageSource messages;

	CitizenPagesController(Citizens citizens, MessageSource messages) {
		this.citizens = citizens;
		this.messages = messages;
	}

	@GetMapping("/console/citizens")
	String page() {
		return "registry/citizens";
	}

	@GetMapping("/console/citizens/search")
	String results(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String after,
			Model model) {
		model.addAttribute("q", q);
		if (q.isBlank()) {
			model.addAttribute("page", new CitizenPage(java.util.List.of(), null));
			return "registry/fragments :: results";
		}
		try {
			model.addAttribute("page", citizens.search(actor, new CitizenSearch(q.length() > 100 ? q.substring(0, 100) : q,
					null, after, 30)));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return "registry/fragments :: results";
	}
}
