package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * The console's management pages for vaccination staff: open sites, add slots for a day or a range of days, see
 * the slots with their places booked, receive, write off and transfer stock, and make campaign plans whose ward
 * targets come from the registry. Every form goes through the same services as the API (same checks, same scope);
 * errors are shown on the page.
 */
@Controller
class SiteManagementPages {

	/** The most days one form adds slots for. */
	static final int MAX_DAYS = 31;

	private final Sites sites;
	private final SiteManagement management;
	private final StockKeeping stock;
	private final CampaignPlans plans;
	private final MessageSource messages;
	private final Clock clock;

	SiteManagementPages(Sites sites, SiteManagement management, StockKeeping stock, CampaignPlans plans,
			MessageSource messages, Clock clock) {
		this.sites = sites;
		this.management = management;
		this.stock = stock;
		this.plans = plans;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/vaccination/manage")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	String sites(Actor actor, Model model) {
		model.addAttribute("sites", sites.inArea(actor.scope().sqlPrefix(), 200));
		return "vaccination/manage";
	}

	@PostMapping("/console/vaccination/manage")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	String open(Actor actor, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String wardCode,
			Model model) {
		try {
			Site site = management.open(actor, name, wardCode);
			return "redirect:/console/vaccination/manage/" + site.id();
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			return sites(actor, model);
		}
	}

	@GetMapping("/console/vaccination/manage/{id}")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	String site(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String date, Model model) {
		LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock) : SiteController.date(date);
		model.addAttribute("site", management.siteInScope(actor, id));
		model.addAttribute("day", day);
		model.addAttribute("slots", management.slots(id, day));
		model.addAttribute("mayStock", actor.can(Permission.VACCINE_STOCK_MANAGE));
		model.addAttribute("lots", actor.can(Permission.VACCINE_STOCK_MANAGE) ? stock.balances(actor, id) : List.of());
		model.addAttribute("otherSites", sites.inArea(actor.scope().sqlPrefix(), 200).stream().filter(s -> !s.id().equals(id)).toList());
		return "vaccination/manage-site";
	}

	@PostMapping("/console/vaccination/manage/{id}/slots")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	String addSlots(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String start,
			@RequestParam(defaultValue = "") String end, @RequestParam(defaultValue = "30") int minutes,
			@RequestParam(required = false) Integer capacity, Model model) {
		try {
			LocalDate first = required(SiteController.date(from.isBlank() ? null : from), "from");
			LocalDate last = to.isBlank() ? first : SiteController.date(to);
			if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
				throw new InvalidInputException("to", "vaccination.manage.range", MAX_DAYS);
			}
			LocalTime opens = time(start, "start");
			LocalTime closes = time(end, "end");
			if (minutes < 5 || minutes > 240) {
				throw new InvalidInputException("minutes", "vaccination.manage.minutes");
			}
			// Each day of the range: windows of the given length from opening to closing; a window that would
			// overlap one already there is refused by the service (the site's existing slots stay as they are).
			List<String> added = new ArrayList<>();
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				for (LocalTime at = opens; at.plusMinutes(minutes).compareTo(closes) <= 0 && at.plusMinutes(minutes).isAfter(at);
						at = at.plusMinutes(minutes)) {
					management.addSlot(actor, id, day, at, at.plusMinutes(minutes), capacity);
					added.add(day + " " + at);
				}
			}
			if (added.isEmpty()) {
				throw new InvalidInputException("end", "vaccination.manage.minutes");
			}
			return "redirect:/console/vaccination/manage/" + id + "?date=" + first;
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			return site(actor, id, from, model);
		}
	}

	@PostMapping("/console/vaccination/manage/{id}/stock")
	@Allowed(value = Permission.VACCINE_STOCK_MANAGE, area = AreaRule.CALLER_SCOPE)
	String stock(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "receive") String action,
			@RequestParam(defaultValue = "") String product, @RequestParam(defaultValue = "") String lot,
			@RequestParam(required = false) Integer doses, @RequestParam(defaultValue = "") String expiresOn,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) UUID toSiteId, Model model) {
		try {
			switch (action) {
				case "waste" -> stock.waste(actor, id, product, lot, doses, reason);
				case "transfer" -> stock.transfer(actor, id, toSiteId, product, lot, doses);
				default -> stock.receive(actor, id, product, lot, doses, expiresOn.isBlank() ? null : SiteController.date(expiresOn));
			}
			return "redirect:/console/vaccination/manage/" + id;
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			return site(actor, id, null, model);
		}
	}

	@GetMapping("/console/vaccination/plans")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	String plans(Actor actor, Model model) {
		model.addAttribute("plans", plans.published());
		return "vaccination/manage-plans";
	}

	@PostMapping("/console/vaccination/plans")
	@Allowed(value = Permission.VACCINATION_SITE_MANAGE, area = AreaRule.CALLER_SCOPE)
	String plan(Actor actor, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String areaCode,
			@RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
			@RequestParam(required = false) Integer dosesPerWeek, Model model) {
		try {
			plans.create(actor, new CampaignPlans.NewPlan(name, areaCode, startsOn.isBlank() ? null : SiteController.date(startsOn),
					endsOn.isBlank() ? null : SiteController.date(endsOn), dosesPerWeek, List.of()));
			return "redirect:/console/vaccination/plans";
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			return plans(actor, model);
		}
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "vaccination.slot.date");
		}
		return value;
	}

	private static LocalTime time(String value, String field) {
		try {
			return LocalTime.parse(value);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(field, "vaccination.manage.time");
		}
	}
}
