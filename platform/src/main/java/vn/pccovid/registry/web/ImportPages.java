package vn.pccovid.registry.web;

import java.io.IOException;
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
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.registry.CitizenId;
import vn.pccovid.registry.internal.CitizenImports;

/** The console's import page: upload a CSV extract, then watch an htmx-polled progress bar. */
@Controller
@Allowed(Permission.CITIZEN_IMPORT)
class ImportPages {

	private final CitizenImports imports;
	private final MessageSource messages;

	ImportPages(CitizenImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/console/registry/import")
	String page() {
		return "registry/import";
	}

	@PostMapping("/console/registry/import")
	String upload(Actor actor, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		try {
			UUID id = imports.startUpload(actor, file);
			model.addAttribute("job", imports.report(actor, id, messages));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return "registry/fragments :: progress";
	}

	@GetMapping("/console/registry/import/{id}")
	String progress(Actor actor, @PathVariable String id, Model model) {
		model.addAttribute("job", imports.report(actor, CitizenId.parse(id, "id").value(), messages));
		return "registry/fragments :: progress";
	}
}
