package vn.pccovid.relief.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * The staff console's relief pages: programmes (a province admin defines them), and one programme's page where the
 * ward proposes, the level above approves and the cashier records payments. Plain forms, redirect after post;
 * errors are shown on the page in the caller's language.
 */
@Controller
class ReliefPages {

	private final ProgrammeCatalogue catalogue;
	private final BeneficiaryLists lists;
	private final PaymentDesk desk;
	private final MessageSource messages;

	ReliefPages(ProgrammeCatalogue catalogue, BeneficiaryLists lists, PaymentDesk desk, MessageSource messages) {
		this.catalogue = catalogue;
		this.lists = lists;
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/console/relief")
	@Allowed({ Permission.RELIEF_PROGRAMME_MANAGE, Permission.RELIEF_READ })
	String programmes(Actor actor, Model model) {
		model.addAttribute("programmes", catalogue.visibleTo(actor));
		model.addAttribute("mayDefine", actor.can(Permission.RELIEF_PROGRAMME_MANAGE));
		model.addAttribute("flags", ReliefFlag.values());
		model.addAttribute("residencies", Residency.values());
		return "relief/programmes";
	}

	@PostMapping("/console/relief/programmes")
	@Allowed(Permission.RELIEF_PROGRAMME_MANAGE)
	String define(Actor actor, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String basis,
			@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "PERSON") String per,
			@RequestParam(defaultValue = "") String periods, @RequestParam(required = false) List<String> flags,
			@RequestParam(required = false) List<String> residence, @RequestParam(required = false) Integer minAge,
			@RequestParam(required = false) Integer maxAge, Model model, RedirectAttributes redirect) {
		try {
			Long money = amount.isBlank() ? null : parseAmount(amount);
			List<String> months = Arrays.stream(periods.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
			Programme programme = catalogue.define(actor, new NewProgramme(name, basis, money, per, months,
					new NewProgramme.Rules(minAge, maxAge, residence, flags, null, null)));
			redirect.addFlashAttribute("outcome", messages.getMessage("relief.page.defined", new Object[] { programme.name() },
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			return "redirect:/console/relief/programmes/" + programme.id();
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("errorField", e.field());
			return programmes(actor, model);
		}
	}

	@GetMapping("/console/relief/programmes/{id}")
	@Allowed({ Permission.RELIEF_PROGRAMME_MANAGE, Permission.RELIEF_READ })
	String programme(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("programme", ProgrammeView.of(catalogue.get(id)));
		List<BeneficiaryController.LineView> lines = actor.can(Permission.RELIEF_READ)
				? lists.list(actor, id, null, null, 0, 200).stream().map(BeneficiaryController.LineView::of).toList() : List.of();
		model.addAttribute("lines", lines);
		model.addAttribute("mayPropose", actor.can(Permission.RELIEF_PROPOSE));
		// Approval is the level above the ward's: a ward-scoped account never sees the button (the service refuses it too).
		model.addAttribute("mayApprove", actor.can(Permission.RELIEF_APPROVE) && (actor.scope().isNational()
				|| actor.scope().area().level() != vn.pccovid.core.AreaLevel.WARD));
		model.addAttribute("mayPay", actor.can(Permission.RELIEF_PAY));
		model.addAttribute("attestable", Arrays.stream(ReliefFlag.values()).filter(f -> !f.fromRegistry()).toList());
		model.addAttribute("methods", PaymentMethod.values());
		return "relief/programme";
	}

	@PostMapping("/console/relief/programmes/{id}/proposals")
	@Allowed(Permission.RELIEF_PROPOSE)
	String propose(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String cccd,
			@RequestParam(required = false) List<String> flags, RedirectAttributes redirect) {
		try {
			if (flags != null && !flags.isEmpty()) {
				lists.attest(actor, cccd, parseFlags(flags));
			}
			Beneficiary line = lists.propose(actor, id, cccd);
			redirect.addFlashAttribute("outcome", text("relief.page.proposed", line.maskedName()));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
			redirect.addFlashAttribute("errorForm", "propose");
		}
		return "redirect:/console/relief/programmes/" + id;
	}

	@PostMapping("/console/relief/programmes/{id}/approvals")
	@Allowed(Permission.RELIEF_APPROVE)
	String approve(Actor actor, @PathVariable UUID id, @RequestParam UUID person, RedirectAttributes redirect) {
		try {
			Beneficiary line = lists.approve(actor, id, person);
			redirect.addFlashAttribute("outcome", text("relief.page.approved", line.maskedName()));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
		}
		return "redirect:/console/relief/programmes/" + id;
	}

	@PostMapping("/console/relief/programmes/{id}/payments")
	@Allowed(Permission.RELIEF_PAY)
	String pay(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String cccd,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String method,
			RedirectAttributes redirect) {
		try {
			PaymentDesk.Outcome outcome = desk.pay(actor, new PaymentDesk.PaymentRequest(id, cccd, period, method));
			Payment p = outcome.payment();
			if (outcome.recorded()) {
				redirect.addFlashAttribute("outcome", text("relief.page.paid", p.period(), p.amount()));
			}
			else {
				redirect.addFlashAttribute("error", text("relief.payment.already", p.period(), VIETNAM.format(p.paidAt())));
				redirect.addFlashAttribute("errorForm", "pay");
			}
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
			redirect.addFlashAttribute("errorForm", "pay");
		}
		return "redirect:/console/relief/programmes/" + id;
	}

	static final java.time.format.DateTimeFormatter VIETNAM = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private static Long parseAmount(String amount) {
		try {
			return Long.parseLong(amount.replaceAll("[\\s.,_]", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("amount", "relief.programme.amount", ProgrammeRulesReader.MAX_AMOUNT);
		}
	}

	private static Set<ReliefFlag> parseFlags(List<String> flags) {
		Set<ReliefFlag> parsed = EnumSet.noneOf(ReliefFlag.class);
		List<String> unknown = new ArrayList<>();
		for (String flag : flags) {
			try {
				parsed.add(ReliefFlag.valueOf(flag));
			}
			catch (IllegalArgumentException e) {
				unknown.add(flag);
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("flags", "relief.programme.value", "…");
		}
		return parsed;
	}

	/** The relief entry of the console menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		ConsoleMenuEntry reliefMenuEntry() {
			return new ConsoleMenuEntry("/console/relief", "relief.page.menu", 700,
					Set.of(Permission.RELIEF_PROGRAMME_MANAGE, Permission.RELIEF_READ));
		}
	}
}
