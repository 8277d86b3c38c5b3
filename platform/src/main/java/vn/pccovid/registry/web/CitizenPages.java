package vn.pccovid.registry.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.geo.Areas;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenId;
import vn.pccovid.registry.CitizenPage;
import vn.pccovid.registry.CitizenSearch;
import vn.pccovid.registry.Citizens;

/**
 * The staff console's citizen search (a live search box; names without diacritics work; "more" appends the next
 * page) and one citizen's record, read through {@link Citizens#get}, which checks the area and audits the read.
 */
@Controller
@Allowed(Permission.CITIZEN_READ)
class CitizenPages {

	private final Citizens citizens;
	private final Areas areas;
	private final MessageSource messages;

	CitizenPages(Citizens citizens, Areas areas, MessageSource messages) {
		this.citizens = citizens;
		this.areas = areas;
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
		model.addAttribute("oob", after != null);
		CitizenPage page = new CitizenPage(List.of(), null);
		if (!q.isBlank()) {
			try {
				page = citizens.search(actor, new CitizenSearch(q.length() > 100 ? q.substring(0, 100) : q, null, after, 30));
			}
			catch (ProblemException e) {
				model.addAttribute("error", e.localizedMessage(messages));
			}
		}
		model.addAttribute("page", page);
		model.addAttribute("wards", wardNames(page.items()));
		return after != null && !model.containsAttribute("error") ? "registry/fragments :: nextPage"
				: "registry/fragments :: results";
	}

	@GetMapping("/console/citizens/{id}")
	String record(Actor actor, @PathVariable String id, Model model, HttpServletResponse response) {
		try {
			Citizen citizen = citizens.get(actor, CitizenId.parse(id, "id"));
			model.addAttribute("c", citizen);
			model.addAttribute("currentArea", areas.fullNameOf(citizen.current().wardCode()));
			model.addAttribute("permanentArea", citizen.permanent() == null || citizen.permanent().wardCode() == null ? null
					: areas.fullNameOf(citizen.permanent().wardCode()));
		}
		catch (ProblemException e) {
			response.setStatus(e.status().value());
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return "registry/citizen";
	}

	private Map<String, String> wardNames(List<Citizen> items) {
		Map<String, String> names = new HashMap<>();
		items.forEach(c -> names.computeIfAbsent(c.current().wardCode(),
				code -> areas.find(code).map(vn.pccovid.geo.Area::name).orElse(code)));
		return names;
	}
}
