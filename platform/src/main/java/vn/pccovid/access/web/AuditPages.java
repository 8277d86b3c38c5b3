package vn.pccovid.access.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.geo.Areas;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.internal.AuditSearches;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** The console page where administrators search the audit log of their scope; a malformed filter is said inline; each search is audited. */
@Controller
@Allowed(value = Permission.AUDIT_READ, area = AreaRule.CALLER_SCOPE)
class AuditPages {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss, dd/MM/yyyy")
			.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final AuditSearches searches;
	private final Areas areas;

	AuditPages(AuditSearches searches, Areas areas) {
		this.searches = searches;
		this.areas = areas;
	}

	static final int PAGE = 50;

	@GetMapping("/console/audit")
	String page(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String citizen,
			@RequestParam(defaultValue = "") String purpose, @RequestParam(required = false) Long before, Actor caller,
			Model model) {
		model.addAttribute("actor", actor);
		model.addAttribute("citizen", citizen);
		UUID citizenId = null;
		if (!citizen.isBlank()) {
			try {
				citizenId = UUID.fromString(citizen.strip());
			}
			catch (IllegalArgumentException e) {
				model.addAttribute("citizenError", true);
				model.addAttribute("rows", List.of());
				return "access/audit";
			}
		}
		List<AuditEntry> found = searches.search(caller, purpose.isBlank() ? null : purpose, new AuditLog.AuditQuery(
				actor.isBlank() ? null : actor.strip(), citizenId, null, null, before, PAGE + 1));
		boolean more = found.size() > PAGE;
		List<AuditEntry> entries = more ? found.subList(0, PAGE) : found;
		model.addAttribute("rows", entries.stream().map(this::row).toList());
		model.addAttribute("next", more ? entries.get(PAGE - 1).id() : null);
		model.addAttribute("oob", before != null);
		return before != null ? "access/audit :: nextPage" : "access/audit";
	}

	private Row row(AuditEntry e) {
		List<String> roles = e.roles() == null || e.roles().isBlank() ? List.of()
				: List.of(e.roles().split(",")).stream().map(String::strip).toList();
		return new Row(TIME.format(e.at()), e.actorName(), roles, areas.fullNameOfPath(e.actorScope()), e.action().name(),
				e.purpose(), e.what(), e.citizenId() == null ? null : e.citizenId().toString(), areas.fullNameOfPath(e.citizenArea()));
	}

	/**
	 * One entry as the page shows it: names of roles and areas, Vietnam time.
	 *
	 * @param at          Vietnam time
	 * @param actor       username or phone
	 * @param roles       role enum names
	 * @param actorArea   the actor's area by name, {@code null} for national
	 * @param action      action enum name
	 * @param purpose     purpose key
	 * @param what        data kinds
	 * @param citizenId   whose data, or {@code null}
	 * @param citizenArea the citizen's area by name, or {@code null}
	 */
	record Row(String at, String actor, List<String> roles, String actorArea, String action, String purpose, String what,
			String citizenId, String citizenArea) {
	}
}
