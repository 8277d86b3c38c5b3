package vn.pccovid.vaccination.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * The console's supply plan: incoming doses and an area of the caller's scope in, the table of what each site gets
 * and why out, with the same plan as a CSV download. The same service as the API ({@link SupplyPlanning}).
 */
@Controller
@Allowed(value = Permission.VACCINE_STOCK_MANAGE, area = AreaRule.CALLER_SCOPE)
class SupplyPlanPages {

	private final SupplyPlanning planning;
	private final MessageSource messages;

	SupplyPlanPages(SupplyPlanning planning, MessageSource messages) {
		this.planning = planning;
		this.messages = messages;
	}

	@GetMapping("/console/vaccination/supply")
	String page(Actor actor, @RequestParam(required = false) Long incoming, @RequestParam(required = false) String areaCode,
			Model model) {
		model.addAttribute("incoming", incoming);
		model.addAttribute("areaCode", areaCode == null ? "" : areaCode);
		model.addAttribute("rows", List.of());
		if (incoming != null || areaCode != null) {
			try {
				model.addAttribute("rows", planning.explained(actor, incoming, areaCode, LocaleContextHolder.getLocale()));
			}
			catch (ProblemException e) {
				model.addAttribute("error", e.localizedMessage(messages));
			}
		}
		return "vaccination/supply";
	}

	@GetMapping(value = "/console/vaccination/supply.csv", produces = "text/csv")
	ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) Long incoming,
			@RequestParam(required = false) String areaCode) {
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header("Content-Disposition", "attachment; filename=\"supply-plan.csv\"")
				.body(SupplyPlanning.csv(planning.explained(actor, incoming, areaCode, LocaleContextHolder.getLocale())));
	}
}
