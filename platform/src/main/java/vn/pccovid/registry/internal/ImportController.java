package vn.pccovid.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import org.apache.tomcat.util.http.InvalidParameterException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.Problems;
import vn.pccovid.registry.CitizenId;

/** Population extract imports: upload a CSV (body or multipart {@code file}), then poll the job. */
@RestController
@RequestMapping("/api/v1/registry/imports")
@Tag(name = "Registry")
@Allowed(Permission.CITIZEN_IMPORT)
class ImportController {

	private final CitizenImports imports;
	private final MessageSource messages;

	ImportController(CitizenImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(consumes = { "text/csv", "application/vnd.ms-excel" })
	@Operation(summary = "Import a UTF-8 CSV population extract sent as the body; 202 with the job")
	ResponseEntity<Started> upload(Actor actor, HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return started(imports.start(actor, in.readNBytes(CitizenImports.MAX_BYTES + 1), "file"));
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a UTF-8 CSV population extract sent as the multipart field 'file'; 202 with the job")
	ResponseEntity<Started> uploadForm(Actor actor, @RequestParam(required = false) MultipartFile file) throws IOException {
		return started(imports.startUpload(actor, file));
	}

	/**
	 * A multipart body that cannot be parsed (no boundary, cut short): the client's fault, so a 400 on {@code file}.
	 * Parts are resolved lazily ({@code spring.servlet.multipart.resolve-lazily}), so this failure reaches the
	 * handler instead of failing before any controller is chosen; the first to read a parameter (the locale
	 * interceptor) meets Tomcat's own parse failure instead of Spring's.
	 */
	@ExceptionHandler({ MultipartException.class, InvalidParameterException.class })
	ResponseEntity<ProblemDetail> unreadableMultipart(RuntimeException ex) {
		InvalidInputException invalid = ex instanceof MaxUploadSizeExceededException
				? new InvalidInputException("file", "registry.import.tooLarge", CitizenImports.MAX_BYTES / (1024 * 1024))
				: new InvalidInputException("file", "registry.import.noFile");
		String detail = invalid.localizedMessage(messages);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(invalid.status(), detail);
		problem.setType(Problems.type(invalid.type()));
		problem.setTitle(messages.getMessage("problem.title." + invalid.type(), null, invalid.type(), LocaleContextHolder.getLocale()));
		problem.setProperty("field", invalid.field());
		problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", detail)));
		return ResponseEntity.status(invalid.status()).body(problem);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Where an import is: VALIDATING, IMPORTING, DONE or REJECTED with per-row errors")
	ImportReport status(Actor actor, @PathVariable String id) {
		return imports.report(actor, CitizenId.parse(id, "id").value(), messages);
	}

	private static ResponseEntity<Started> started(UUID id) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/registry/imports/" + id))
				.body(new Started(id, ImportJob.Status.VALIDATING.name()));
	}

	/** A started job. */
	record Started(UUID id, String status) {
	}

}
