package vn.pccovid.testing.internal;

import java.time.LocalDate;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The result lookup without an account (sample code + CCCD + date of birth). */
@RestController
@Tag(name = "Testing")
class LookupController {

	private final ResultLookup lookup;

	LookupController(ResultLookup lookup) {
		this.lookup = lookup;
	}

	@PostMapping("/api/v1/testing/results/lookup")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "Look a result up without an account", description = "Body {barcode, cccd, dateOfBirth}; 200 the result (as in the citizen's list) or 404 when any part does not match. pccovid.testing.lookup-attempts per client address per lookup-window (10 per 15 minutes), then 429 with Retry-After. Audited.")
	ResponseEntity<ResultHistory.Item> lookup(Actor actor, HttpServletRequest http, @RequestBody(required = false) Request request) {
		Request body = request == null ? new Request(null, null, null) : request;
		return ResponseEntity.ok().cacheControl(CacheControl.noStore())
				.body(lookup.lookup(actor, http.getRemoteAddr(), body.barcode(), body.cccd(), body.dateOfBirth()));
	}

	/** What the person knows: the code on their sample slip, their CCCD and date of birth. */
	record Request(String barcode, String cccd, LocalDate dateOfBirth) {
	}
}
