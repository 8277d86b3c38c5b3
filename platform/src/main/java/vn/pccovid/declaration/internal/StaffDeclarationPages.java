package vn.pccovid.declaration.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.core.QrImages;
import vn.pccovid.declaration.VehicleType;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/**
 * The console's health declarations: the list of the staff member's area (filters by day, symptom, exposure,
 * suspicion; next page by keyset; every view audited by {@link DeclarationReading}) and the form that files a
 * declaration for someone without a phone, and the form that files a movement declaration for them (its QR shown
 * on the page to print). Errors are shown on the page, never as JSON.
 */
@Controller
class StaffDeclarationPages {

	static final String PATH = "/console/declarations";
	static final String RECORD_PATH = "/console/declarations/record";
	static final String MOVEMENT_PATH = "/console/declarations/movement";
	static final int PAGE = 50;

	private final DeclarationReading reading;
	private final DeclarationFiling filing;
	private final Areas areas;
	private final MessageSource messages;
	private final java.time.Clock clock;

	StaffDeclarationPages(DeclarationReading reading, DeclarationFiling filing, Areas areas, MessageSource messages,
			java.time.Clock clock) {
		this.reading = reading;
		this.filing = filing;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	@Allowed(Permission.DECLARATION_READ)
	String list(Actor actor, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String symptom, @RequestParam(defaultValue = "") String exposure,
			@RequestParam(defaultValue = "false") boolean suspicious, @RequestParam(required = false) Long after,
			Model model, HttpServletResponse response) {
		Map<String, Object> filter = new HashMap<>();
		filter.put("from", from);
		filter.put("to", to);
		filter.put("symptom", symptom);
		filter.put("exposure", exposure);
		filter.put("suspicious", suspicious);
		model.addAttribute("filter", filter);
		model.addAttribute("symptomCodes", DeclarationCodes.SYMPTOMS);
		model.addAttribute("exposureCodes", DeclarationCodes.EXPOSURES);
		KeysetPage<HealthView> page = new KeysetPage<>(List.of(), null);
		try {
			page = reading.areaHealth(actor, null, HealthFilters.of(day(from, "from"), day(to, "to"), symptom, exposure,
					suspicious), after, PAGE, null);
		}
		catch (ProblemException e) {
			response.setStatus(e.status().value());
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("errorField", e.field());
		}
		model.addAttribute("page", page);
		Map<String, String> wards = new HashMap<>();
		page.items().forEach(item -> wards.computeIfAbsent(item.ward(),
				code -> areas.find(code).map(Area::name).orElse(code)));
		model.addAttribute("wards", wards);
		return "declaration/console-list";
	}

	@GetMapping(RECORD_PATH)
	@Allowed(Permission.DECLARATION_RECORD)
	String recordForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RecordPageForm("", "", "", DeclarationDates.today(clock).toString(), List.of(), List.of()));
		}
		model.addAttribute("symptomCodes", DeclarationCodes.SYMPTOMS);
		model.addAttribute("exposureCodes", DeclarationCodes.EXPOSURES);
		return "declaration/console-record";
	}

	@PostMapping(RECORD_PATH)
	@Allowed(Permission.DECLARATION_RECORD)
	String record(Actor actor, @RequestParam(defaultValue = "") String cccd, @RequestParam(defaultValue = "") String fullName,
			@RequestParam(defaultValue = "") String dateOfBirth, @RequestParam(defaultValue = "") String date,
			@RequestParam(required = false) List<String> symptoms, @RequestParam(required = false) List<String> exposures,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RecordPageForm form = new RecordPageForm(cccd.strip(), fullName.strip(), dateOfBirth.strip(), date.strip(),
				symptoms == null ? List.of() : symptoms, exposures == null ? List.of() : exposures);
		try {
			filing.fileHealthForOther(actor, new StaffHealthForm(form.cccd(), form.fullName(),
					day(form.dateOfBirth(), "dateOfBirth"), form.symptoms(), form.exposures(), day(form.date(), "date")), null);
			redirect.addFlashAttribute("outcome", "declaration.console.record.filed");
			return "redirect:" + RECORD_PATH;
		}
		catch (ProblemException e) {
			response.setStatus(e.status().value());
			model.addAttribute("form", form);
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("errorField", e.field());
			return recordForm(model);
		}
	}

	@GetMapping(MOVEMENT_PATH)
	@Allowed(Permission.DECLARATION_RECORD)
	String movementForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new MovementRecordPageForm("", "", "", "", "", DeclarationDates.today(clock).toString(), "",
					"MOTORBIKE", "", "", ""));
		}
		model.addAttribute("vehicleTypes", VehicleType.values());
		return "declaration/console-movement";
	}

	/** Files the journey and shows its QR on the page (to print or show at the checkpoint); errors shown on the form. */
	@PostMapping(MOVEMENT_PATH)
	@Allowed(Permission.DECLARATION_RECORD)
	String recordMovement(Actor actor, MovementRecordPageForm typed, Model model, HttpServletResponse response) {
		MovementRecordPageForm form = typed.stripped();
		try {
			VehicleType type = form.vehicleType().isEmpty() ? null : vehicleType(form.vehicleType());
			DeclarationFiling.FiledMovement filed = filing.fileMovementForOther(actor, new StaffMovementForm(form.cccd(),
					form.fullName(), day(form.dateOfBirth(), "dateOfBirth"), form.fromWard(), form.toWard(), day(form.date(), "date"),
					form.purpose(), new MovementForm.VehicleForm(type, form.plate(), form.trip(), form.seat())), null);
			model.addAttribute("outcome", "declaration.console.movement.filed");
			model.addAttribute("qrImage", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrImages.png(filed.qr(), 400)));
			model.addAttribute("form", new MovementRecordPageForm("", "", "", "", "", form.date(), "", form.vehicleType(), "", "", ""));
		}
		catch (ProblemException e) {
			response.setStatus(e.status().value());
			model.addAttribute("form", form);
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("errorField", e.field());
		}
		return movementForm(model);
	}

	private static VehicleType vehicleType(String text) {
		try {
			return VehicleType.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("vehicle.type", "declaration.field.required", "vehicle.type");
		}
	}

	private static LocalDate day(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "declaration.page.date.invalid");
		}
	}

	/** The staff movement form as typed, shown again with an error. */
	record MovementRecordPageForm(String cccd, String fullName, String dateOfBirth, String fromWard, String toWard,
			String date, String purpose, String vehicleType, String plate, String trip, String seat) {

		MovementRecordPageForm stripped() {
			return new MovementRecordPageForm(strip(cccd), strip(fullName), strip(dateOfBirth), strip(fromWard), strip(toWard),
					strip(date), strip(purpose), strip(vehicleType), strip(plate), strip(trip), strip(seat));
		}

		private static String strip(String text) {
			return text == null ? "" : text.strip();
		}
	}

	/** The staff form as typed, shown again with an error. */
	record RecordPageForm(String cccd, String fullName, String dateOfBirth, String date, List<String> symptoms,
			List<String> exposures) {
	}
}
