package vn.pccovid.testing.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.testing.TestType;

/** Sampling sites and sessions, pools and samples: health staff of the area. */
@RestController
@Tag(name = "Testing")
class SamplingController {

	private final SamplingSiteManagement siteManagement;
	private final Sampling sampling;

	SamplingController(SamplingSiteManagement siteManagement, Sampling sampling) {
		this.siteManagement = siteManagement;
		this.sampling = sampling;
	}

	@PostMapping("/api/v1/testing/sites")
	@Allowed(Permission.TESTING_SITE_MANAGE)
	@Operation(summary = "Add a sampling site in a ward of the caller's area", description = "Body {name, wardCode, hours?}; 201 {id}. 400 naming the field, 403 outside the caller's scope.")
	ResponseEntity<Map<String, UUID>> addSite(Actor actor, @RequestBody(required = false) SiteRequest request) {
		SiteRequest body = request == null ? new SiteRequest(null, null, null) : request;
		UUID id = siteManagement.addSite(actor, body.name(), body.wardCode(), body.hours());
		return ResponseEntity.created(URI.create("/api/v1/testing/sites/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/api/v1/testing/sites")
	@Allowed({ Permission.TESTING_SITE_MANAGE, Permission.SAMPLE_TAKE })
	@Operation(summary = "The sampling sites of the caller's area (at most 200)")
	List<SamplingSites.Site> sites(Actor actor) {
		return siteManagement.sites(actor);
	}

	@PostMapping("/api/v1/testing/sessions")
	@Allowed(Permission.TESTING_SITE_MANAGE)
	@Operation(summary = "Open a sampling session at a site of the caller's area", description = "Body {siteId, date?} (date defaults to today, Vietnam time); 201 {id}.")
	ResponseEntity<Map<String, UUID>> addSession(Actor actor, @RequestBody(required = false) SessionRequest request) {
		SessionRequest body = request == null ? new SessionRequest(null, null) : request;
		UUID id = siteManagement.addSession(actor, body.siteId(), body.date());
		return ResponseEntity.created(URI.create("/api/v1/testing/sessions/" + id)).body(Map.of("id", id));
	}

	@PostMapping("/api/v1/testing/pools")
	@Allowed(Permission.SAMPLE_TAKE)
	@Operation(summary = "A new pooled tube in a session", description = "Body {sessionId, testType}; 201 {id, barcode} (Code 128 label).")
	ResponseEntity<Sampling.Labelled> addPool(Actor actor, @RequestBody(required = false) PoolRequest request) {
		PoolRequest body = request == null ? new PoolRequest(null, null) : request;
		Sampling.Labelled pool = sampling.newPool(actor, body.sessionId(), testType(body.testType()));
		return ResponseEntity.created(URI.create("/api/v1/testing/pools/" + pool.id())).body(pool);
	}

	@PostMapping("/api/v1/testing/samples")
	@Allowed(Permission.SAMPLE_TAKE)
	@Operation(summary = "Take a person's sample", description = "Body {personQr | cccd, testType: RT_PCR|RAPID_ANTIGEN, sessionId, poolId?}; 201 {id, barcode}. personQr: app or paper personal QR, or the chip-CCCD QR. A pool takes at most pccovid.testing.pool-size people (409 on poolId when full or already at the lab).")
	ResponseEntity<Sampling.Labelled> take(Actor actor, @RequestBody(required = false) SampleRequest request) {
		SampleRequest body = request == null ? new SampleRequest(null, null, null, null, null) : request;
		Sampling.Labelled sample = sampling.take(actor, body.personQr(), body.cccd(), testType(body.testType()),
				body.sessionId(), body.poolId());
		return ResponseEntity.created(URI.create("/api/v1/testing/samples/" + sample.id())).body(sample);
	}

	@GetMapping(value = "/api/v1/testing/sessions/{id}/labels.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Allowed(Permission.SAMPLE_TAKE)
	@Operation(summary = "The session's tube labels: an A4 sheet of Code 128 labels (pools and samples)")
	ResponseEntity<byte[]> labels(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", ContentDisposition.inline().filename("labels.pdf").build().toString())
				.header("Cache-Control", "no-store").body(sampling.labels(actor, id));
	}

	@GetMapping("/api/v1/testing/sessions/{id}/tubes")
	@Allowed(Permission.SAMPLE_TAKE)
	@Operation(summary = "The newest tubes of a session (barcodes and status, no names)")
	List<Tubes.Listed> tubes(Actor actor, @PathVariable UUID id) {
		return sampling.tubes(actor, id);
	}

	static TestType testType(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("testType", "testing.testType.required");
		}
		try {
			return TestType.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("testType", "testing.testType.unknown");
		}
	}

	/** A new site. */
	record SiteRequest(String name, String wardCode, String hours) {
	}

	/** A new session. */
	record SessionRequest(UUID siteId, LocalDate date) {
	}

	/** A new pool. */
	record PoolRequest(UUID sessionId, String testType) {
	}

	/** A new sample. */
	record SampleRequest(String personQr, String cccd, String testType, UUID sessionId, UUID poolId) {
	}
}
