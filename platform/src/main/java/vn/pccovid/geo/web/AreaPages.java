package vn.pccovid.geo.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.AreaMatch;
import vn.pccovid.geo.Areas;

/** Area pages: the live search box used on the citizens' home page, and the staff console's area tree. */
@Controller
class AreaPages {

	private final Areas areas;

	AreaPages(Areas areas) {
		this.areas = areas;
	}

	@GetMapping("/areas/search")
	@Allowed(area = AreaRule.PUBLIC)
	String searchResults(@RequestParam(defaultValue = "") String q, Model model) {
		return results(q, model);
	}

	@GetMapping("/console/areas")
	@Allowed(area = AreaRule.CALLER_SCOPE)
	String tree(Model model) {
		model.addAttribute("provinces", areas.provinces());
		return "geo/tree";
	}

	@GetMapping("/console/areas/search")
	@Allowed(area = AreaRule.CALLER_SCOPE)
	String consoleSearch(@RequestParam(defaultValue = "") String q, Model model) {
		return results(q, model);
	}

	@GetMapping("/console/areas/{code}/children")
	@Allowed(area = AreaRule.CALLER_SCOPE)
	String children(@PathVariable String code, Model model) {
		Area area = areas.get(code, "code");
		model.addAttribute("parent", area);
		model.addAttribute("children", areas.childrenOf(area));
		return "geo/fragments :: children";
	}

	private String results(String q, Model model) {
		String folded = VietnameseText.fold(q);
		boolean tooShort = folded.length() < 2;
		List<AreaMatch> matches = tooShort ? List.of() : areas.search(q.length() > 100 ? q.substring(0, 100) : q, null, 30);
		model.addAttribute("q", q);
		model.addAttribute("tooShort", tooShort);
		model.addAttribute("matches", matches);
		return "geo/fragments :: results";
	}
}
