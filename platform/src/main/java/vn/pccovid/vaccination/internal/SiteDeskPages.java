package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * The site desk in the staff console: the sites of the caller's scope, check-in by QR or CCCD, the screening
 * checklist, the dose from the site's stock, and the people under observation. Errors are shown on the page.
 */
@Controller
@Allowed(value = Permission.VACCINATION_RECORD, area = AreaRule.CALLER_SCOPE)
class SiteDeskPages {

	private final Sites sites;
	private final SiteManagement management;
	private final SiteWorkflow workflow;
	private final DoseRecording recording;
	private final StockLots stock;
	private final MessageSource messages;
	private final Clock clock;

	SiteDeskPages(Sites sites, SiteManagement management, SiteWorkflow workflow, DoseRecording recording, StockLots stock,
			MessageSource messages, Clock clock) {
		this.sites = sites;
		this.management = management;
		this.workflow = workflow;
		this.recording = recording;
		this.stock = stock;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/vaccination")
	String sites(Actor actor, Model model) {
		model.addAttribute("sites", sites.inArea(actor.scope().sqlPrefix(), 200));
		return "vaccination/sites";
	}

	@GetMapping("/console/vaccination/sites/{id}")
	String desk(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("site", management.siteInScope(actor, id));
		model.addAttribute("observed", workflow.observation(actor, id));
		return "vaccination/desk";
	}

	@PostMapping("/console/vaccination/sites/{id}/check-in")
	String checkIn(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String personQr,
			@RequestParam(defaultValue = "") String cccd, Model model) {
		try {
			SiteWorkflow.CheckedIn checkedIn = workflow.checkIn(actor, id, personQr.isBlank() ? null : personQr,
					cccd.isBlank() ? null : cccd, null);
			return "redirect:/console/vaccination/visits/" + checkedIn.visitId();
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			return desk(actor, id, model);
		}
	}

	@GetMapping("/console/vaccination/visits/{id}")
	String visit(Actor actor, @PathVariable UUID id, Model model) {
		SiteWorkflow.VisitView view = workflow.visit(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("lots", stock.of(view.site().id(), LocalDate.now(clock)).stream()
				.filter(lot -> lot.balance() > 0 && !lot.expired()).toList());
		return "vaccination/visit";
	}

	@PostMapping("/console/vaccination/visits/{id}/screening")
	String screen(Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, Boolean> answers = new HashMap<>();
		workflow.visit(actor, id).screening().forEach(q -> answers.put(q.code(), "yes".equals(form.get("q." + q.code()))));
		try {
			workflow.screen(actor, id, answers);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
		}
		return "redirect:/console/vaccination/visits/" + id;
	}

	@PostMapping("/console/vaccination/visits/{id}/dose")
	String dose(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String productLot,
			@RequestParam(required = false) Integer doseNumber, RedirectAttributes redirect) {
		String[] parts = productLot.split("\\|", 2);
		try {
			recording.recordForVisit(actor, id, parts[0], parts.length > 1 ? parts[1] : null, doseNumber);
			redirect.addFlashAttribute("outcome", "vaccinated");
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
		}
		return "redirect:/console/vaccination/visits/" + id;
	}
}
