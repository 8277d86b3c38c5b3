package vn.pccovid.vaccination.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/**
 * The console's upload page for organisations and vaccination staff: a registration list or the old platform's
 * records as a CSV file; the upload answers at once and an htmx progress bar polls the job every second until its
 * per-row report is there. Errors are shown on the page.
 */
@Controller
@Allowed(value = Permission.VACCINATION_REGISTER_LIST, area = AreaRule.CALLER_SCOPE)
class VaccinationUploadPages {

	private final VaccinationUploads uploads;
	private final MessageSource messages;

	VaccinationUploadPages(VaccinationUploads uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping("/console/vaccination/uploads")
	String page(Actor actor, Model model) {
		model.addAttribute("jobs", uploads.latest(actor, 10));
		return "vaccination/uploads";
	}

	@PostMapping("/console/vaccination/uploads")
	String upload(Actor actor, @RequestParam(defaultValue = VaccinationUploads.LIST) String kind,
			@RequestParam(required = false) MultipartFile file, Model model) {
		try {
			String chosen = VaccinationUploads.LEGACY.equals(kind) ? VaccinationUploads.LEGACY : VaccinationUploads.LIST;
			model.addAttribute("job", uploads.start(actor, chosen, text(file)));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return "vaccination/uploads :: progress";
	}

	@GetMapping("/console/vaccination/uploads/{id}")
	String progress(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("job", uploads.status(actor, id));
		return "vaccination/uploads :: progress";
	}

	private static String text(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "vaccination.upload.empty");
		}
		try {
			return new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new InvalidInputException("file", "vaccination.upload.empty");
		}
	}
}
