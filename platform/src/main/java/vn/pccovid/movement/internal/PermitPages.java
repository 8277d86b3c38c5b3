package vn.pccovid.movement.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.geo.Areas;
import vn.pccovid.movement.PermitStatus;

/** Console pages for permits: an organisation's CSV upload with its progress, the ward police's pending list. */
@Controller
class PermitPages {

	private final PermitUploads uploads;
	private final PermitApplications applications;
	private final Purposes purposes;
	private final Areas areas;
	private final MessageSource messages;

	PermitPages(PermitUploads uploads, PermitApplications applications, Purposes purposes, Areas areas, MessageSource messages) {
		this.uploads = uploads;
		this.applications = applications;
		this.purposes = purposes;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/console/movement/uploads")
	@Allowed(Permission.PERMIT_APPLY)
	String uploads(Actor actor, Model model) {
		model.addAttribute("columns", String.join(",", PermitUploads.COLUMNS));
		model.addAttribute("purposes", purposes.all());
		model.addAttribute("mine", applications.appliedBy(actor, 50));
		return "movement/uploads";
	}

	@PostMapping("/console/movement/uploads")
	@Allowed(Permission.PERMIT_APPLY)
	String upload(Actor actor, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			UUID id = uploads.start(actor, file == null || file.isEmpty() ? null : file.getBytes(), "file");
			model.addAttribute("job", uploads.report(actor, id, messages, LocaleContextHolder.getLocale()));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return "movement/fragments :: progress";
	}

	@GetMapping("/console/movement/uploads/{id}")
	@Allowed(Permission.PERMIT_APPLY)
	String progress(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("job", uploads.report(actor, id, messages, LocaleContextHolder.getLocale()));
		return "movement/fragments :: progress";
	}

	@GetMapping("/console/movement/permits")
	@Allowed(Permission.PERMIT_DECIDE)
	String permits(Actor actor, @RequestParam(defaultValue = "PENDING") PermitStatus status, Model model) {
		KeysetPage<Permit> page = applications.inArea(actor, status, null, null, 100);
		model.addAttribute("status", status);
		model.addAttribute("permits", page.items());
		model.addAttribute("names", new ZoneNames(areas));
		model.addAttribute("purposeNames", purposeNames(LocaleContextHolder.getLocale()));
		return "movement/permits";
	}

	@PostMapping("/console/movement/permits/{id}/decision")
	@Allowed(Permission.PERMIT_DECIDE)
	String decide(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, Model model) {
		try {
			Permit permit = applications.decide(actor, id, decision, reason);
			model.addAttribute("decided", permit);
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
			model.addAttribute("permitId", id);
		}
		return "movement/fragments :: decided";
	}

	private java.util.Map<String, String> purposeNames(Locale locale) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		purposes.all().forEach(p -> names.put(p.code(), p.name(locale)));
		return names;
	}

	/** Names areas for the templates ("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"). */
	record ZoneNames(Areas areas) {

		public String of(vn.pccovid.core.AreaCode code) {
			return areas.fullNameOf(code.value());
		}
	}
}
