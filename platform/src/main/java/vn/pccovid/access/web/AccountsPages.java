package vn.pccovid.access.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.pccovid.access.Actor;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/**
 * The console's staff accounts: the accounts inside the administrator's scope (with "more"), and a form that opens
 * one, with roles as checkboxes and the area picked by name; every refusal of {@link StaffAccounts#open} is shown
 * inline on the form.
 */
@Controller
@Allowed(value = Permission.ACCOUNT_MANAGE, area = AreaRule.CALLER_SCOPE)
class AccountsPages {

	static final int PAGE = 50;

	private final StaffAccounts accounts;
	private final Areas areas;
	private final MessageSource messages;

	AccountsPages(StaffAccounts accounts, Areas areas, MessageSource messages) {
		this.accounts = accounts;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/console/accounts")
	String page(Actor caller, Model model) {
		model.addAttribute("form", AccountForm.empty());
		return page(caller, model, null);
	}

	@GetMapping("/console/accounts/more")
	String more(Actor caller, @RequestParam String after, Model model) {
		list(caller, after, model);
		model.addAttribute("oob", true);
		return "access/accounts :: nextPage";
	}

	@PostMapping("/console/accounts")
	String open(Actor caller, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
			@RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "") String scopeArea,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AccountForm form = new AccountForm(username, displayName, roles == null ? Set.of() : roles, scopeArea.strip());
		try {
			Scope scope = form.scopeArea().isEmpty() ? caller.scope()
					: Scope.of(areas.get(form.scopeArea(), "scopeArea").code());
			StaffAccount opened = accounts.open(caller, new NewStaffAccount(username, displayName, password,
					form.roles().isEmpty() ? Set.of() : EnumSet.copyOf(form.roles()), scope));
			redirect.addFlashAttribute("created", opened.username());
			return "redirect:/console/accounts";
		}
		catch (ProblemException e) {
			response.setStatus(e.status().value());
			model.addAttribute("form", form);
			model.addAttribute("errorField", e.field());
			return page(caller, model, e.localizedMessage(messages));
		}
	}

	@GetMapping("/console/accounts/areas")
	String areaChoices(Actor caller, @RequestParam(defaultValue = "") String q, Model model) {
		String query = q.length() > 100 ? q.substring(0, 100) : q;
		List<AccountArea> choices = vn.pccovid.core.VietnameseText.fold(query).length() < 2 ? List.of()
				: areas.search(query, null, 30).stream().map(m -> m.area())
						.filter(area -> caller.scope().covers(area.code()))
						.map(area -> new AccountArea(area.code().value(), areas.fullNameOf(area.code().value()))).toList();
		model.addAttribute("choices", choices);
		model.addAttribute("form", AccountForm.empty());
		return "access/accounts :: areaChoices";
	}

	private String page(Actor caller, Model model, String error) {
		model.addAttribute("error", error);
		model.addAttribute("grantable", grantable(caller));
		model.addAttribute("callerArea", caller.scope().isNational() ? null : areas.fullNameOfPath(caller.scope().toString()));
		AccountForm form = (AccountForm) model.getAttribute("form");
		model.addAttribute("choices", form == null || form.scopeArea().isEmpty() ? List.of()
				: areas.find(form.scopeArea()).map(Area::code).filter(caller.scope()::covers)
						.map(code -> List.of(new AccountArea(code.value(), areas.fullNameOf(code.value())))).orElse(List.of()));
		list(caller, null, model);
		return "access/accounts";
	}

	private void list(Actor caller, String after, Model model) {
		List<StaffAccount> found = accounts.within(caller.scope(), after, PAGE + 1);
		boolean more = found.size() > PAGE;
		List<StaffAccount> page = more ? found.subList(0, PAGE) : found;
		model.addAttribute("accounts", page.stream().map(a -> new AccountRow(a.username(), a.displayName(),
				a.roles().stream().sorted().map(Role::name).toList(),
				a.scope().isNational() ? null : areas.fullNameOfPath(a.scope().toString()),
				a.scope().isNational() ? null : a.scope().area().value(), a.locked())).toList());
		model.addAttribute("next", more ? page.get(PAGE - 1).username() : null);
	}

	/** Roles an administrator may hand out: a system administrator all of them, others all but the platform's own. */
	static List<Role> grantable(Actor caller) {
		return caller.roles().contains(Role.SYSTEM_ADMIN) ? List.of(Role.values())
				: EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN, Role.PARTNER_SYSTEM)).stream().toList();
	}
}
