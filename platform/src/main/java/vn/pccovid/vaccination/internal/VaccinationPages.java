package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.core.ProblemException;
import vn.pccovid.registry.PersonSummaries;
import vn.pccovid.registry.PersonSummary;

/**
 * The public plans page and the citizen app's vaccination page: the selected person's health book, registration,
 * bookings, and the free slots of the sites of their district to book. Plain forms, redirect after post; errors
 * are shown on the page in the reader's language.
 */
@Controller
class VaccinationPages {

	static final int DAYS_SHOWN = 7;

	private final CampaignPlans plans;
	private final HealthBook book;
	private final BookingDesk desk;
	private final Registering registering;
	private final Registrations registrations;
	private final Sites sites;
	private final PeopleOnPhone people;
	private final PersonSummaries summaries;
	private final MessageSource messages;
	private final Clock clock;

	VaccinationPages(CampaignPlans plans, HealthBook book, BookingDesk desk, Registering registering,
			Registrations registrations, Sites sites, PeopleOnPhone people, PersonSummaries summaries, MessageSource messages,
			Clock clock) {
		this.plans = plans;
		this.book = book;
		this.desk = desk;
		this.registering = registering;
		this.registrations = registrations;
		this.sites = sites;
		this.people = people;
		this.summaries = summaries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/vaccination/plans")
	@Allowed(area = AreaRule.PUBLIC)
	String plans(Model model) {
		model.addAttribute("plans", plans.published());
		model.addAttribute("areaNames", new AreaNames(plans));
		return "vaccination/plans";
	}

	@GetMapping("/me/vaccination")
	@Allowed(area = AreaRule.OWN_DATA)
	String page(Actor actor, @RequestParam(required = false) UUID person, Model model) {
		List<UUID> onPhone = people.personIds(actor.id());
		model.addAttribute("people", onPhone.stream().map(id -> summaries.summary(id).orElse(null)).filter(p -> p != null).toList());
		UUID selected = person != null ? person : onPhone.isEmpty() ? null : onPhone.get(0);
		if (selected == null) {
			return "vaccination/me";
		}
		if (!onPhone.contains(selected)) {
			throw new NotFoundException("vaccination.person.unknown");
		}
		PersonSummary summary = summaries.summary(selected).orElseThrow(() -> new NotFoundException("vaccination.person.unknown"));
		model.addAttribute("person", summary);
		model.addAttribute("book", book.of(actor, selected));
		model.addAttribute("registered", registrations.groupOf(selected).orElse(null));
		List<Bookings.BookedPlace> active = desk.active(actor, selected);
		model.addAttribute("bookings", active);
		if (active.isEmpty() && registrations.groupOf(selected).isPresent()) {
			model.addAttribute("offers", offers(summary));
		}
		return "vaccination/me";
	}

	@PostMapping("/me/vaccination/{person}/register")
	@Allowed(area = AreaRule.OWN_DATA)
	String register(Actor actor, @PathVariable UUID person, RedirectAttributes redirect) {
		return act(redirect, person, "registered", () -> registering.byCitizen(actor, person, null));
	}

	@PostMapping("/me/vaccination/{person}/bookings")
	@Allowed(area = AreaRule.OWN_DATA)
	String book(Actor actor, @PathVariable UUID person, @RequestParam(required = false) UUID slotId, RedirectAttributes redirect) {
		return act(redirect, person, "booked", () -> desk.book(actor, person, slotId));
	}

	@PostMapping("/me/vaccination/{person}/bookings/{booking}/cancel")
	@Allowed(area = AreaRule.OWN_DATA)
	String cancel(Actor actor, @PathVariable UUID person, @PathVariable UUID booking, RedirectAttributes redirect) {
		return act(redirect, person, "cancelled", () -> {
			desk.cancel(actor, person, booking);
			return null;
		});
	}

	private String act(RedirectAttributes redirect, UUID person, String outcome, java.util.function.Supplier<Object> action) {
		try {
			action.get();
			redirect.addFlashAttribute("outcome", outcome);
		}
		catch (ProblemException e) {
			if (e instanceof NotFoundException) {
				throw e;
			}
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
		}
		return "redirect:/me/vaccination?person=" + person;
	}

	/** Slots with free places in the sites of the person's district, from today for a week. */
	private List<Offer> offers(PersonSummary person) {
		String district = person.area().parent() == null ? person.area().path() : person.area().parent().path();
		LocalDate today = LocalDate.now(clock);
		List<Offer> offers = new ArrayList<>();
		for (Site site : sites.inArea(district, 20)) {
			for (int d = 0; d < DAYS_SHOWN && offers.size() < 60; d++) {
				for (Slot slot : sites.slots(site.id(), today.plusDays(d))) {
					if (slot.booked() < slot.capacity()) {
						offers.add(new Offer(site.name(), slot));
					}
				}
			}
		}
		return offers;
	}

	/**
	 * A slot offered for booking.
	 *
	 * @param siteName the site
	 * @param slot     the slot
	 */
	record Offer(String siteName, Slot slot) {
	}

	/** Names areas for the plans page. */
	record AreaNames(CampaignPlans plans) {
		public String of(String path) {
			String name = plans.areaName(path);
			return name == null ? path : name;
		}
	}
}
