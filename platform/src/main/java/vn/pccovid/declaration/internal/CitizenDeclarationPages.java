package vn.pccovid.declaration.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.ProblemException;
import vn.pccovid.core.QrImages;
import vn.pccovid.declaration.VehicleType;

/**
 * The citizen app's declarations: the selected person's history with links to a health and a movement form, the two
 * forms (errors shown in the form, never as JSON; redirect after post) and a journey's QR. Every page names the
 * person with {@code ?person=}; one this phone does not act for is a 404 page.
 */
@Controller
@Allowed(area = AreaRule.OWN_DATA)
class CitizenDeclarationPages {

	static final String PATH = "/me/declarations";

	private final DeclarationFiling filing;
	private final DeclarationReading reading;
	private final PhonePeople phonePeople;
	private final MessageSource messages;
	private final java.time.Clock clock;

	CitizenDeclarationPages(DeclarationFiling filing, DeclarationReading reading, PhonePeople phonePeople,
			MessageSource messages, java.time.Clock clock) {
		this.filing = filing;
		this.reading = reading;
		this.phonePeople = phonePeople;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String history(Actor actor, @RequestParam(required = false) UUID person, Model model) {
		PhonePeople.Choice choice = phonePeople.choose(actor, person);
		model.addAttribute("choice", choice);
		if (choice.selected() != null) {
			UUID id = choice.selected().id();
			model.addAttribute("health", reading.ownHealth(actor, id, null, 20).items());
			model.addAttribute("movements", reading.ownMovements(actor, id, null, 20).items());
		}
		return "declaration/history";
	}

	@GetMapping(PATH + "/health")
	String healthForm(Actor actor, @RequestParam UUID person, Model model) {
		model.addAttribute("choice", phonePeople.chosen(actor, person));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new HealthPageForm(DeclarationDates.today(clock).toString(), List.of(), List.of()));
		}
		model.addAttribute("symptomCodes", DeclarationCodes.SYMPTOMS);
		model.addAttribute("exposureCodes", DeclarationCodes.EXPOSURES);
		return "declaration/health";
	}

	@PostMapping(PATH + "/health")
	String fileHealth(Actor actor, @RequestParam UUID person, @RequestParam(defaultValue = "") String date,
			@RequestParam(required = false) List<String> symptoms, @RequestParam(required = false) List<String> exposures,
			Model model, RedirectAttributes redirect) {
		HealthPageForm form = new HealthPageForm(date.strip(), symptoms == null ? List.of() : symptoms,
				exposures == null ? List.of() : exposures);
		try {
			filing.fileHealth(actor, person, new HealthForm(form.symptoms(), form.exposures(), day(form.date(), "date")));
			redirect.addFlashAttribute("outcome", "declaration.page.health.filed");
			return "redirect:" + PATH + "?person=" + person;
		}
		catch (ProblemException e) {
			if (e.status().value() != 400) {
				throw e;
			}
			model.addAttribute("form", form);
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("errorField", e.field());
			return healthForm(actor, person, model);
		}
	}

	@GetMapping(PATH + "/movement")
	String movementForm(Actor actor, @RequestParam UUID person, Model model) {
		PhonePeople.Choice choice = phonePeople.chosen(actor, person);
		model.addAttribute("choice", choice);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MovementPageForm(choice.selected().area().value(), "",
					DeclarationDates.today(clock).toString(), "", "MOTORBIKE", "", "", ""));
		}
		model.addAttribute("vehicleTypes", VehicleType.values());
		return "declaration/movement";
	}

	@PostMapping(PATH + "/movement")
	String fileMovement(Actor actor, @RequestParam UUID person, MovementPageForm form, Model model) {
		try {
			VehicleType type = form.vehicleType() == null || form.vehicleType().isBlank() ? null : vehicleType(form.vehicleType());
			DeclarationFiling.FiledMovement filed = filing.fileMovement(actor, person, new MovementForm(form.fromWard(),
					form.toWard(), day(form.date(), "date"), form.purpose(),
					new MovementForm.VehicleForm(type, form.plate(), form.trip(), form.seat())));
			return "redirect:" + PATH + "/movement/" + filed.id() + "?person=" + person + "&filed";
		}
		catch (ProblemException e) {
			if (e.status().value() != 400) {
				throw e;
			}
			model.addAttribute("form", form);
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("errorField", e.field());
			return movementForm(actor, person, model);
		}
	}

	@GetMapping(PATH + "/movement/{id}")
	String movementQr(Actor actor, @RequestParam UUID person, @PathVariable UUID id, Model model) {
		model.addAttribute("choice", phonePeople.chosen(actor, person));
		reading.ownMovementQr(actor, person, id); // 404 unless the journey is this person's
		model.addAttribute("movementId", id);
		return "declaration/movement-qr";
	}

	@GetMapping(value = PATH + "/movement/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> movementQrPng(Actor actor, @RequestParam UUID person, @PathVariable UUID id) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
				.body(QrImages.png(reading.ownMovementQr(actor, person, id), 400));
	}

	private static LocalDate day(String text, String field) {
		if (text == null || text.isBlank()) {
			return null; // the filing names the missing field
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "declaration.page.date.invalid");
		}
	}

	private static VehicleType vehicleType(String text) {
		try {
			return VehicleType.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("vehicle.type", "declaration.field.required", "vehicle.type");
		}
	}

	/** The health form as typed, shown again with an error. */
	record HealthPageForm(String date, List<String> symptoms, List<String> exposures) {
	}

	/** The movement form as typed, shown again with an error. */
	record MovementPageForm(String fromWard, String toWard, String date, String purpose, String vehicleType, String plate,
			String trip, String seat) {
	}
}
