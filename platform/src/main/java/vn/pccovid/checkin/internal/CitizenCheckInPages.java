package vn.pccovid.checkin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.CitizenMenuEntry;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.core.PersonNames;
import vn.pccovid.core.ProblemException;

/**
 * The citizen app's check-in: scan a venue's poster with the camera (html5-qrcode) or paste its text, for a person on
 * the phone; and the person's own check-ins. Errors are shown on the page, never as JSON.
 */
@Controller
@Allowed(area = AreaRule.OWN_DATA)
class CitizenCheckInPages {

	/** A person the phone acts for, as the page names them. */
	record Person(UUID id, String name) {
	}

	private final CheckInRecording recording;
	private final CheckInHistory history;
	private final PeopleOnPhone people;
	private final PersonNames names;
	private final MessageSource messages;

	CitizenCheckInPages(CheckInRecording recording, CheckInHistory history, PeopleOnPhone people, PersonNames names,
			MessageSource messages) {
		this.recording = recording;
		this.history = history;
		this.people = people;
		this.names = names;
		this.messages = messages;
	}

	@GetMapping("/checkin")
	String scan(Actor actor, @RequestParam(required = false) UUID person, Model model) {
		List<Person> persons = persons(actor);
		model.addAttribute("persons", persons);
		model.addAttribute("selected", selected(persons, person));
		return "checkin/scan";
	}

	@PostMapping("/checkin")
	String checkIn(Actor actor, @RequestParam(required = false) UUID person, @RequestParam(defaultValue = "") String venueQr,
			Model model) {
		try {
			CheckInRecording.Recorded recorded = recording.byCitizen(actor, person, venueQr);
			model.addAttribute("recorded", recorded);
			model.addAttribute("person", person);
			return "checkin/done";
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			return scan(actor, person, model);
		}
	}

	@GetMapping("/me/checkins")
	String mine(Actor actor, @RequestParam(required = false) UUID person, @RequestParam(required = false) String before,
			Model model) {
		List<Person> persons = persons(actor);
		UUID selected = selected(persons, person);
		model.addAttribute("persons", persons);
		model.addAttribute("selected", selected);
		model.addAttribute("page", selected == null ? new KeysetPage<>(List.of(), null) : history.of(actor, selected, before, 50));
		return "checkin/history";
	}

	private List<Person> persons(Actor actor) {
		List<Person> persons = new ArrayList<>();
		for (UUID id : people.personIds(actor.id())) {
			persons.add(new Person(id, names.nameOf(id).map(PersonNames.Named::fullName).orElse(id.toString().substring(0, 8))));
		}
		return persons;
	}

	private static UUID selected(List<Person> persons, UUID wanted) {
		return persons.stream().map(Person::id).filter(id -> id.equals(wanted)).findFirst()
				.orElse(persons.isEmpty() ? null : persons.get(0).id());
	}

	/** The citizen menu's entries. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		CitizenMenuEntry checkinScanMenuEntry() {
			return new CitizenMenuEntry("/checkin", "checkin.menu.scan", 15);
		}

		@Bean
		CitizenMenuEntry checkinHistoryMenuEntry() {
			return new CitizenMenuEntry("/me/checkins", "checkin.menu.history", 16);
		}
	}
}
