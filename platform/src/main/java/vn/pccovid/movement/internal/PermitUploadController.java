package vn.pccovid.movement.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Organisations' CSV uploads of permit applications: upload (body or multipart {@code file}), then poll the job. */
@RestController
@Tag(name = "Movement")
@Allowed(Permission.PERMIT_APPLY)
class PermitUploadController {

	private final PermitUploads uploads;
	private final MessageSource messages;

	PermitUploadController(PermitUploads uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	@PostMapping(value = "/api/v1/movement/permits/uploads", consumes = { "text/csv", "application/vnd.ms-excel" })
	@Operation(summary = "Upload workers' applications as UTF-8 CSV (body); 202 with the job",
			description = "Columns cccd, full_name, date_of_birth, purpose, valid_from, valid_to, zones (separated by ; or spaces). Each good row becomes a PENDING permit; bad rows are reported per line.")
	ResponseEntity<Map<String, Object>> upload(Actor actor, HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return started(uploads.start(actor, in.readNBytes(PermitUploads.MAX_BYTES + 1), "file"));
		}
	}

	@PostMapping(value = "/api/v1/movement/permits/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload workers' applications as the multipart field 'file'; 202 with the job")
	ResponseEntity<Map<String, Object>> uploadForm(Actor actor, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "movement.upload.empty");
		}
		return started(uploads.start(actor, file.getBytes(), "file"));
	}

	@GetMapping("/api/v1/movement/permits/uploads/{id}")
	@Operation(summary = "Where an upload is: VALIDATING with progress, DONE with per-row errors, or REJECTED")
	PermitUploads.Report report(Actor actor, @PathVariable UUID id) {
		return uploads.report(actor, id, messages, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<Map<String, Object>> started(UUID id) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/movement/permits/uploads/" + id))
				.body(Map.of("id", id, "status", "VALIDATING"));
	}
}
