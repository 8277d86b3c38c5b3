package vn.pccovid.testing.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;
import vn.pccovid.testing.TestCounts;

/**
 * The laboratory console of a district's labs: scan tubes in, record results one by one, upload a CSV of results
 * (htmx-polled progress bar and per-row report), and today's counts of the area.
 */
@Controller
@Allowed(Permission.RESULT_RECORD)
class LabPages {

	private final LabReceipt receipt;
	private final ResultRecording recording;
	private final ResultUploads uploads;
	private final TestCounts counts;
	private final MessageSource messages;
	private final Clock clock;

	LabPages(LabReceipt receipt, ResultRecording recording, ResultUploads uploads, TestCounts counts,
			MessageSource messages, Clock clock) {
		this.receipt = receipt;
		this.recording = recording;
		this.uploads = uploads;
		this.counts = counts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/testing/lab")
	String page(Actor actor, Model model) {
		model.addAttribute("counts", counts.countsOn(LocalDate.now(clock.withZone(SamplingSiteManagement.VIETNAM)), actor.scope().area()));
		return "testing/lab";
	}

	@PostMapping("/console/testing/lab/receipt")
	String receive(Actor actor, @RequestParam(required = false) String barcode, Model model) {
		try {
			LabReceipt.Received received = receipt.receive(actor, barcode);
			model.addAttribute("notice", messages.getMessage("testing.lab.received", new Object[] { received.barcode() },
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return page(actor, model);
	}

	@PostMapping("/console/testing/lab/results")
	String record(Actor actor, @RequestParam(required = false) String barcode, @RequestParam(required = false) String result,
			@RequestParam(required = false) String ct, Model model) {
		try {
			Double value = null;
			if (ct != null && !ct.isBlank()) {
				try {
					value = Double.valueOf(ct.strip().replace(',', '.'));
				}
				catch (NumberFormatException e) {
					throw new InvalidInputException("ct", "testing.ct.malformed");
				}
			}
			ResultRecording.Recorded recorded = recording.record(actor, barcode, ResultController.outcome(result), value);
			model.addAttribute("notice", messages.getMessage(recorded.applied() ? "testing.lab.recorded" : "testing.lab.unchanged",
					new Object[] { recorded.barcode(), recorded.result().name() },
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return page(actor, model);
	}

	@PostMapping("/console/testing/lab/uploads")
	String upload(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean goodRows, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", "testing.upload.empty");
			}
			UUID id = uploads.start(actor, file.getBytes(), goodRows);
			model.addAttribute("job", UploadReport.of(uploads.status(actor, id), messages));
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return "testing/lab :: progress";
	}

	@GetMapping("/console/testing/lab/uploads/{id}")
	String progress(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("job", UploadReport.of(uploads.status(actor, id), messages));
		return "testing/lab :: progress";
	}
}
