package vn.pccovid.vaccination.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;

/** CSV uploads as background jobs: an organisation's list of people to register, and the old platform's vaccination records. */
@RestController
@Tag(name = "Vaccination")
@Allowed(value = Permission.VACCINATION_REGISTER_LIST, area = AreaRule.CALLER_SCOPE)
class VaccinationUploadController {

	private final VaccinationUploads uploads;

	VaccinationUploadController(VaccinationUploads uploads) {
		this.uploads = uploads;
	}

	@PostMapping(value = "/api/v1/vaccination/registration-lists", consumes = "text/csv")
	@Operation(summary = "Register a list of people (CSV: cccd, full_name, date_of_birth, priority_group); per-row report",
			description = "202 with the job at once (400 when the header or size is wrong); the rows run in the background: poll GET /api/v1/vaccination/upload-jobs/{id}. Each row's identity is verified against the registry; unverified or invalid rows are reported with the column at fault. At most 5,000 rows.")
	ResponseEntity<JobView> list(Actor actor, @RequestBody(required = false) String csv) {
		return accepted(uploads.start(actor, VaccinationUploads.LIST, csv));
	}

	@PostMapping(value = "/api/v1/vaccination/registration-lists", consumes = "multipart/form-data")
	@Operation(summary = "The same, as a file upload (field file)")
	ResponseEntity<JobView> listFile(Actor actor, @RequestParam(required = false) MultipartFile file) {
		return accepted(uploads.start(actor, VaccinationUploads.LIST, text(file)));
	}

	@PostMapping(value = "/api/v1/vaccination/legacy-imports", consumes = "text/csv")
	@Operation(summary = "Import the old platform's vaccination records (CSV: cccd, full_name, date_of_birth, ward_code, product, lot, dose_number, administered_on, site)",
			description = "202 with the job at once; the rows run in the background (poll the job). Matched by CCCD (name and birth date must agree), else by name + date of birth + ward within the caller's scope; unmatched and ambiguous rows are reported, never guessed. At most 5,000 rows.")
	ResponseEntity<JobView> legacy(Actor actor, @RequestBody(required = false) String csv) {
		return accepted(uploads.start(actor, VaccinationUploads.LEGACY, csv));
	}

	@PostMapping(value = "/api/v1/vaccination/legacy-imports", consumes = "multipart/form-data")
	@Operation(summary = "The same, as a file upload (field file)")
	ResponseEntity<JobView> legacyFile(Actor actor, @RequestParam(required = false) MultipartFile file) {
		return accepted(uploads.start(actor, VaccinationUploads.LEGACY, text(file)));
	}

	@GetMapping("/api/v1/vaccination/upload-jobs/{id}")
	@Operation(summary = "An upload's progress and, once DONE, its per-row report (the uploader only; 404 otherwise)")
	JobView job(Actor actor, @PathVariable UUID id) {
		return JobView.of(uploads.status(actor, id));
	}

	private static ResponseEntity<JobView> accepted(VaccinationUploadJob job) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/vaccination/upload-jobs/" + job.id())).body(JobView.of(job));
	}

	/**
	 * An upload job as the API shows it.
	 *
	 * @param id        job id
	 * @param kind      REGISTRATION_LIST or LEGACY_IMPORT
	 * @param status    QUEUED, RUNNING, DONE or FAILED
	 * @param rows      data rows in the file
	 * @param processed rows handled so far
	 * @param counts    rows per outcome so far
	 * @param report    the rows not done, with why (complete once DONE)
	 */
	record JobView(UUID id, String kind, String status, int rows, int processed, Map<String, Integer> counts,
			List<RowReport.Line> report) {

		static JobView of(VaccinationUploadJob job) {
			return new JobView(job.id(), job.kind(), job.status(), job.total(), job.processed(), job.counts(), job.report());
		}
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
