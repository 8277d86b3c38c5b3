package vn.pccovid.access.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.internal.AuditSearches;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;

/** The console page where administrators search the audit log of their scope (each search audited). */
@Controller
@Allowed(value = Permission.AUDIT_READ, area = AreaRule.CALLER_SCOPE)
class AuditPage {

	private final AuditSearches searches;

	AuditPage(AuditSearches searches) {
		this.searches = searches;
	}

	@GetMapping("/console/audit")
	String page(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String citizen,
			@RequestParam(defaultValue = "") String purpose, Actor caller, Model model) {
		UUID citizenId = null;
		if (!citizen.isBlank()) {
			try {
				citizenId = UUID.fromString(citizen.strip());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("citizen", "problem.field.type", "citizen");
			}
		}
		model.addAttribute("actor", actor);
		model.addAttribute("citizen", citizen);
		model.addAttribute("entries", searches.search(caller, purpose.isBlank() ? null : purpose,
				new AuditLog.AuditQuery(actor.isBlank() ? null : actor.strip(), citizenId, null, null, null, 100)));
		return "access/audit";
	}
}
