package vn.pccovid.geo.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.AreaMatch;
import vn.pccovid.geo.Areas;

/**
 * The ward picker that forms of other modules embed ({@code geo/ward-picker :: picker}): an accent-insensitive
 * search box that lists wards to choose from, filling the form's ward-code field. A query finds wards by their own
 * name and, because people often know only the district ("hoan kiem"), also the wards of the districts it names.
 */
@Controller
class WardPickerPages {

	static final int MAX_PICKS = 30;
	private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,40}");

	private final Areas areas;

	WardPickerPages(Areas areas) {
		this.areas = areas;
	}

	@GetMapping("/areas/wards/pick")
	@Allowed(area = AreaRule.PUBLIC)
	String picks(@RequestParam(name = "for", defaultValue = "wardCode") String field, @RequestParam Map<String, String> parameters,
			Model model) {
		// htmx sends the search box under its own name (<field>Search), so that the enclosing form never carries a "q".
		String q = parameters.getOrDefault("q", parameters.getOrDefault(field + "Search", ""));
		String query = q.length() > 100 ? q.substring(0, 100) : q;
		boolean tooShort = VietnameseText.fold(query).length() < 2;
		model.addAttribute("tooShort", tooShort);
		model.addAttribute("matches", tooShort ? List.of() : wards(query));
		model.addAttribute("field", FIELD.matcher(field).matches() ? field : "wardCode");
		return "geo/ward-picker :: picks";
	}

	/** Wards named so first, then the wards of the districts named so, without repeats. */
	List<AreaMatch> wards(String query) {
		Map<String, AreaMatch> picks = new LinkedHashMap<>();
		for (AreaMatch ward : areas.search(query, AreaLevel.WARD, MAX_PICKS)) {
			picks.put(ward.area().code().value(), ward);
		}
		for (AreaMatch district : areas.search(query, AreaLevel.DISTRICT, 3)) {
			for (Area ward : areas.childrenOf(district.area())) {
				if (picks.size() >= MAX_PICKS) {
					break;
				}
				picks.putIfAbsent(ward.code().value(), new AreaMatch(ward, areas.pathOf(ward)));
			}
		}
		return picks.values().stream().limit(MAX_PICKS).toList();
	}
}
