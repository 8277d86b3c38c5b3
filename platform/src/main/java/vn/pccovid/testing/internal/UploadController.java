package vn.pccovid.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;

/** CSV uploads of results: 202 with the job, then poll it. */
@RestController("testingUploadController")
@Tag(name = "Testing")
@Allowed(Permission.RESULT_RECORD)
class UploadController {

	private final ResultUploads uploads;
	private final MessageSource messages;

	UploadController(ResultUploads uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	@PostMapping(value = "/api/v1/testing/results/uploads", consumes = { "text/csv", "application/vnd.ms-excel" })
	@Operation(summary = "Upload a CSV of results (barcode,result,ct,tested_at) as the body; 202 + Location of the job", description = "All or nothing by default: any bad row → REJECTED with the per-row report, nothing applied. ?goodRows=true applies the good rows and reports the bad ones. Rows whose identical result is recorded already are counted as unchanged, so re-uploading a file changes nothing.")
	ResponseEntity<UploadReport> upload(Actor actor, HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean goodRows) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return started(actor, uploads.start(actor, in.readNBytes(ResultUploads.MAX_BYTES + 1), goodRows));
		}
	}

	@PostMapping(value = "/api/v1/testing/results/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV of results as the multipart field 'file'; 202 + Location of the job")
	ResponseEntity<UploadReport> uploadForm(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean goodRows) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "testing.upload.empty");
		}
		return started(actor, uploads.start(actor, file.getBytes(), goodRows));
	}

	@GetMapping("/api/v1/testing/results/uploads/{id}")
	@Operation(summary = "An upload job: {status, total, processed, applied, unchanged, errors:[{row, field, message}]}")
	UploadReport status(Actor actor, @PathVariable UUID id) {
		return UploadReport.of(uploads.status(actor, id), messages);
	}

	private ResponseEntity<UploadReport> started(Actor actor, UUID id) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/testing/results/uploads/" + id))
				.body(UploadReport.of(uploads.status(actor, id), messages));
	}
}
