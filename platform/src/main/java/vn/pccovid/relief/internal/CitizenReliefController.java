package vn.pccovid.relief.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;
import vn.pccovid.geo.Areas;

/** Relief in the citizen app (entitlements, payments, complaints) and the ward's view of complaints. */
@RestController
@Tag(name = "Relief")
class CitizenReliefController {

	private final CitizenRelief relief;
	private final WardComplaints wardComplaints;
	private final Areas areas;

	CitizenReliefController(CitizenRelief relief, WardComplaints wardComplaints, Areas areas) {
		this.relief = relief;
		this.wardComplaints = wardComplaints;
		this.areas = areas;
	}

	@GetMapping("/api/v1/me/people/{id}/relief")
	@Allowed(area = AreaRule.OWN_DATA)
	@Tag(name = "Me")
	@Operation(summary = "A person's relief entitlements and payments; 404 for a person this phone does not act for")
	ResponseEntity<CitizenRelief.Overview> mine(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(relief.of(actor, id));
	}

	@PostMapping("/api/v1/me/people/{id}/relief/complaints")
	@Allowed(area = AreaRule.OWN_DATA)
	@Tag(name = "Me")
	@Operation(summary = "File a complaint {kind: LEFT_OUT|NOT_PAID, programmeId?, message}; the person's ward sees it")
	ResponseEntity<Map<String, UUID>> complain(Actor actor, @PathVariable UUID id, @RequestBody(required = false) ComplaintBody body) {
		ComplaintBody given = body == null ? new ComplaintBody(null, null, null) : body;
		Complaint complaint = relief.complain(actor, id, given.kind(), given.programmeId(), given.message());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", complaint.id()));
	}

	@GetMapping("/api/v1/relief/complaints")
	@Allowed(Permission.RELIEF_READ)
	@Operation(summary = "Complaints of the caller's area (or one ward), newest first; keyset by `before`; audited")
	KeysetPage<Complaint> complaints(Actor actor, @RequestParam(required = false) String ward,
			@RequestParam(defaultValue = "0") long before, @RequestParam(defaultValue = "50") int limit) {
		KeysetPage.checkedLimit(limit, 200);
		AreaCode area = ward == null || ward.isBlank() ? null : areas.get(ward.strip(), "ward").code();
		return KeysetPage.of(wardComplaints.list(actor, area, before, limit + 1), limit, Complaint::position);
	}

	/** A complaint as sent. */
	record ComplaintBody(String kind, UUID programmeId, String message) {
	}
}
