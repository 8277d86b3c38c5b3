package vn.pccovid.relief.internal;

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

/**
 * Relief in the citizen app: the selected person's entitlements and payments and the complaint form; and the public
 * list of a ward, readable by anyone without signing in.
 */
@Controller
class CitizenReliefPages {

	private final CitizenRelief relief;
	private final PublicLists publicLists;
	private final PeopleOnPhone phones;
	private final MessageSource messages;

	CitizenReliefPages(CitizenRelief relief, PublicLists publicLists, PeopleOnPhone phones, MessageSource messages) {
		this.relief = relief;
		this.publicLists = publicLists;
		this.phones = phones;
		this.messages = messages;
	}

	@GetMapping("/me/relief")
	@Allowed(area = AreaRule.OWN_DATA)
	String mine(Actor actor, @RequestParam(required = false) UUID person, Model model) {
		UUID selected = person;
		if (selected == null) {
			List<UUID> people = actor.phone().map(p -> phones.personIds(p.value())).orElse(List.of());
			if (people.isEmpty()) {
				throw new NotFoundException("relief.person.unknown");
			}
			selected = people.get(0);
		}
		model.addAttribute("person", selected);
		model.addAttribute("relief", relief.of(actor, selected));
		return "relief/mine";
	}

	@PostMapping("/me/relief/complaints")
	@Allowed(area = AreaRule.OWN_DATA)
	String complain(Actor actor, @RequestParam UUID person, @RequestParam(defaultValue = "") String kind,
			@RequestParam(required = false) UUID programmeId, @RequestParam(defaultValue = "") String message,
			RedirectAttributes redirect) {
		try {
			relief.complain(actor, person, kind, programmeId, message);
			redirect.addFlashAttribute("outcome", "filed");
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.localizedMessage(messages));
		}
		return "redirect:/me/relief?person=" + person;
	}

	@GetMapping("/relief/programmes/{id}")
	@Allowed(area = AreaRule.PUBLIC)
	String publicList(@PathVariable UUID id, @RequestParam(required = false) String ward, Model model) {
		model.addAttribute("programme", ProgrammeView.of(relief.programme(id)));
		model.addAttribute("ward", ward == null ? "" : ward.strip());
		if (ward != null && !ward.isBlank()) {
			try {
				model.addAttribute("list", publicLists.of(id, ward, 0, PublicLists.MAX_LIMIT));
			}
			catch (ProblemException e) {
				model.addAttribute("error", e.localizedMessage(messages));
			}
		}
		return "relief/public";
	}
}
