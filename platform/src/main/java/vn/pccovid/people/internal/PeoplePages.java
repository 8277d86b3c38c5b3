package vn.pccovid.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.ProblemException;
import vn.pccovid.people.Addition;
import vn.pccovid.people.NewPerson;
import vn.pccovid.people.People;

/**
 * "People on my phone" in the citizen app: the list, the form that adds a dependant (errors shown in the form, never
 * as JSON), requests addressed to this phone with accept/decline, and removal. Plain form posts, redirect after post.
 */
@Controller
@Allowed(area = AreaRule.OWN_DATA)
class PeoplePages {

	private final People people;
	private final MessageSource messages;

	PeoplePages(People people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/me/people")
	String page(Actor actor, Model model) {
		model.addAttribute("people", people.list(actor));
		model.addAttribute("requests", people.requests(actor));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AddForm("", "", ""));
		}
		return "people/people";
	}

	@PostMapping("/me/people")
	String add(Actor actor, @RequestParam(defaultValue = "") String cccd, @RequestParam(defaultValue = "") String fullName,
			@RequestParam(defaultValue = "") String dateOfBirth, Model model, RedirectAttributes redirect) {
		AddForm form = new AddForm(cccd.strip(), fullName.strip(), dateOfBirth.strip());
		try {
			Addition addition = people.add(actor, new NewPerson(form.cccd(), form.fullName(), birth(form.dateOfBirth())));
			redirect.addFlashAttribute("outcome", addition.added() ? "added" : "waiting");
			redirect.addFlashAttribute("outcomeName", addition.person().fullName());
			return "redirect:/me/people";
		}
		catch (ProblemException e) {
			model.addAttribute("form", form);
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("errorField", e.field());
			return page(actor, model);
		}
	}

	@PostMapping("/me/people/{id}/remove")
	String remove(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		people.remove(actor, id);
		redirect.addFlashAttribute("outcome", "removed");
		return "redirect:/me/people";
	}

	@PostMapping("/me/people/requests/{id}/accept")
	String accept(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		people.accept(actor, id);
		redirect.addFlashAttribute("outcome", "accepted");
		return "redirect:/me/people";
	}

	@PostMapping("/me/people/requests/{id}/decline")
	String decline(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		people.decline(actor, id);
		redirect.addFlashAttribute("outcome", "declined");
		return "redirect:/me/people";
	}

	private LocalDate birth(String text) {
		if (text.isEmpty()) {
			return null; // the people module names the missing field
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("dateOfBirth", "people.page.date.invalid");
		}
	}

	/** What the person typed, shown again with the error. */
	record AddForm(String cccd, String fullName, String dateOfBirth) {
	}

	/** The page's link in the citizen menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		CitizenMenuEntry peopleMenuEntry() {
			return new CitizenMenuEntry("/me/people", "people.page.menu", 10);
		}
	}
}
