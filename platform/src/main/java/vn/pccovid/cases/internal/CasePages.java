package vn.pccovid.cases.internal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.cases.CaseState;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;
import vn.pccovid.geo.Areas;

/** The console's case pages: the list of the caller's area with filters, one case with its history and next steps. */
@Controller
class CasePages {

	private final CaseDesk desk;
	private final Areas areas;

	CasePages(CaseDesk desk, Areas areas) {
		this.desk = desk;
		this.areas = areas;
	}

	@GetMapping("/console/cases")
	@Allowed(value = { Permission.CASE_READ }, area = AreaRule.CALLER_SCOPE)
	String list(Actor actor, @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String area,
			@RequestParam(required = false) Long after, Model model) {
		AreaCode code = area.isBlank() ? null : areas.get(area.strip(), "area").code();
		model.addAttribute("status", status);
		model.addAttribute("area", area);
		model.addAttribute("page", desk.list(actor, code, status.isBlank() ? null : status, null, null, after, 50));
		return "cases/list";
	}

	@GetMapping("/console/cases/{id}")
	@Allowed(value = { Permission.CASE_READ }, area = AreaRule.CALLER_SCOPE)
	String detail(Actor actor, @PathVariable UUID id, Model model) {
		CaseViews.Detail detail = desk.get(actor, id);
		model.addAttribute("c", detail);
		model.addAttribute("wardName", areas.fullNameOfPath(detail.wardPath()));
		model.addAttribute("next", CaseState.values());
		model.addAttribute("canManage", actor.can(Permission.CASE_MANAGE));
		model.addAttribute("canTrace", actor.can(Permission.TRACING_RUN));
		return "cases/case";
	}

	@PostMapping("/console/cases/{id}/transitions")
	@Allowed(value = { Permission.CASE_MANAGE }, area = AreaRule.CALLER_SCOPE)
	String transition(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String reason) {
		desk.transition(actor, id, to, reason);
		return "redirect:/console/cases/" + id;
	}
}
