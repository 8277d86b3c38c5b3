package vn.pccovid.relief.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.Permission;
import vn.pccovid.geo.Areas;

/** Ward lists: attesting occupations, proposing, approving and reading the lines of the caller's area. */
@RestController
@Tag(name = "Relief")
class BeneficiaryController {

	private final BeneficiaryLists lists;
	private final ProposalImports imports;
	private final Areas areas;

	BeneficiaryController(BeneficiaryLists lists, ProposalImports imports, Areas areas) {
		this.lists = lists;
		this.imports = imports;
		this.areas = areas;
	}

	@PostMapping(value = "/api/v1/relief/programmes/{id}/beneficiaries/import", consumes = { "text/csv", "text/plain" })
	@Allowed(Permission.RELIEF_PROPOSE)
	@Operation(summary = "Propose people from a CSV (header `cccd[,flags]`, flags separated by `;`, up to 2,000 rows)",
			description = "Each row is proposed on its own with the same checks as one proposal; the report names per row the status, the field or failed rule and the reason.")
	ProposalImports.Report importCsv(Actor actor, @PathVariable UUID id, @RequestBody(required = false) String csv) {
		return imports.run(actor, id, csv);
	}

	@PostMapping("/api/v1/relief/programmes/{id}/beneficiaries")
	@Allowed(Permission.RELIEF_PROPOSE)
	@Operation(summary = "Propose a person of the caller's ward",
			description = "Verified against the registry (404 unknown CCCD, 403 outside the caller's area) and the programme's rules: 422 whose field names the failed rule (rules.flags …); 409 when the person or their household is listed.")
	ResponseEntity<LineView> propose(Actor actor, @PathVariable UUID id, @RequestBody(required = false) CccdBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(LineView.of(lists.propose(actor, id, body == null ? null : body.cccd())));
	}

	@PutMapping("/api/v1/relief/programmes/{id}/beneficiaries/{cccd}/approval")
	@Allowed(Permission.RELIEF_APPROVE)
	@Operation(summary = "Approve a proposed line (district or province officer, not the proposer); empty body")
	LineView approve(Actor actor, @PathVariable UUID id, @PathVariable String cccd) {
		return LineView.of(lists.approve(actor, id, cccd));
	}

	@GetMapping("/api/v1/relief/programmes/{id}/beneficiaries")
	@Allowed(Permission.RELIEF_READ)
	@Operation(summary = "The programme's lines in the caller's area or one ward of it, in proposal order; every line read is audited")
	KeysetPage<LineView> list(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "100") int limit) {
		KeysetPage.checkedLimit(limit, 500);
		AreaCode area = ward == null || ward.isBlank() ? null : areas.get(ward.strip(), "ward").code();
		Beneficiary.Status wanted = status(status);
		List<LineView> lines = lists.list(actor, id, area, wanted, after, limit + 1).stream().map(LineView::of).toList();
		return KeysetPage.of(lines, limit, LineView::position);
	}

	@PutMapping("/api/v1/relief/people/{cccd}/flags")
	@Allowed(Permission.RELIEF_PROPOSE)
	@Operation(summary = "Attest a person's occupations as the ward knows them (FREELANCE, SUSPENDED_CONTRACT, HOUSEHOLD_BUSINESS, LOST_JOB); replaces the earlier attestation")
	FlagsBody attest(Actor actor, @PathVariable String cccd, @RequestBody(required = false) FlagsBody body) {
		Set<ReliefFlag> flags = EnumSet.noneOf(ReliefFlag.class);
		if (body != null && body.flags() != null) {
			for (String flag : body.flags()) {
				try {
					flags.add(ReliefFlag.valueOf(String.valueOf(flag).strip()));
				}
				catch (IllegalArgumentException e) {
					throw new InvalidInputException("flags", "relief.programme.value", String.valueOf(flag).length() > 30 ? "…" : flag);
				}
			}
		}
		return new FlagsBody(lists.attest(actor, cccd, flags).stream().map(Enum::name).sorted().toList());
	}

	private static Beneficiary.Status status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return Beneficiary.Status.valueOf(status.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "relief.beneficiary.status");
		}
	}

	/** {@code {cccd}} */
	record CccdBody(String cccd) {
	}

	/** {@code {flags: [...]}} */
	record FlagsBody(List<String> flags) {
	}

	/**
	 * A line as staff see it: masked name only (the full name is the registry's, read there under its own audit).
	 *
	 * @param programmeId the programme
	 * @param personId    registry id
	 * @param name        masked name
	 * @param yearOfBirth year of birth
	 * @param ward        the ward's GSO code
	 * @param status      {@code PROPOSED} or {@code APPROVED}
	 * @param position    keyset
	 */
	record LineView(UUID programmeId, UUID personId, String name, int yearOfBirth, String ward, Beneficiary.Status status,
			long position) {

		static LineView of(Beneficiary b) {
			return new LineView(b.programmeId(), b.citizenId(), b.maskedName(), b.birthYear(),
					AreaCode.parsePath(b.areaPath()).value(), b.status(), b.position());
		}
	}
}
