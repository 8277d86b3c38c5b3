package vn.pccovid.testing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** A person's results: in the citizen app for the people on the phone, and for staff of the person's area. */
@RestController
@Tag(name = "Testing")
class PersonResultController {

	private final PersonResults results;
	private final Positives positives;

	PersonResultController(PersonResults results, Positives positives) {
		this.results = results;
		this.positives = positives;
	}

	@GetMapping("/api/v1/testing/positives")
	@Allowed(Permission.RESULT_READ)
	@Operation(summary = "Individual positive results of persons of the caller's area in the last ?days= (1–30, default 7)", description = "[{sampleId, personId, ward, testType, ct?, takenAt, resultedAt}], at most 500; audited (SEARCH) with ?purpose= or the default.")
	ResponseEntity<List<Positives.Positive>> positives(Actor actor, @RequestParam(defaultValue = "7") int days,
			@RequestParam(required = false) String purpose) {
		if (days < 1 || days > 30) {
			throw new vn.pccovid.core.InvalidInputException("days", "testing.positives.days");
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(positives.recent(actor, days, purpose));
	}

	@GetMapping("/api/v1/me/people/{id}/results")
	@Allowed(area = AreaRule.OWN_DATA)
	@Operation(summary = "A person's test results, newest first", description = "[{sampleId, barcode, takenAt, testType, result, ct?, site, laboratory?, pooled, resultedAt?, retestOrder?}]; result PENDING until decided, RETEST_REQUIRED (with retestOrder {site, hours}) for a member of a positive pool until the individual re-test is decided, then POOL_POSITIVE. 404 for a person this phone does not act for.")
	ResponseEntity<List<ResultHistory.Item>> mine(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(results.forCitizen(actor, id));
	}

	@GetMapping("/api/v1/testing/people/{id}/results")
	@Allowed(Permission.RESULT_READ)
	@Operation(summary = "A person's test results for staff of the person's area", description = "Same shape as the citizen's list. 403 outside the caller's area, 404 unknown person; audited (READ, or a miss) with ?purpose= or the caller's default.")
	ResponseEntity<List<ResultHistory.Item>> forStaff(Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) String purpose) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(results.forStaff(actor, id, purpose));
	}
}
