package vn.pccovid.testing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.core.PersonNames;

/** The citizen's results page: each person on the phone, their results newest first. */
@Controller
@Allowed(area = AreaRule.OWN_DATA)
class ResultPages {

	private final PersonResults results;
	private final PeopleOnPhone people;
	private final java.util.Optional<PersonNames> names;

	ResultPages(PersonResults results, PeopleOnPhone people, java.util.Optional<PersonNames> names) {
		this.results = results;
		this.people = people;
		this.names = names;
	}

	@GetMapping("/me/results")
	String page(Actor actor, @RequestParam(required = false) UUID person, Model model) {
		String phone = actor.phone().map(p -> p.value()).orElseThrow(() -> new NotFoundException("testing.person.unknown"));
		List<UUID> ids = person == null ? people.personIds(phone) : List.of(person);
		model.addAttribute("people", ids.stream().map(id -> new PersonResults.Shown(id,
				names.flatMap(n -> n.nameOf(id)).map(PersonNames.Named::fullName).orElse(null), results.forCitizen(actor, id))).toList());
		return "testing/results";
	}
}
