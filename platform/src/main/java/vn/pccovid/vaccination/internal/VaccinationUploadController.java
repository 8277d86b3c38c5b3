package vn.pccovid.vaccination.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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

/** CSV uploads: an organisation's list of people to register, and the old platform's vaccination records. */
@RestController
@Tag(name = "Vaccination")
@Allowed(value = Permission.VACCINATION_REGISTER_LIST, area = AreaRule.CALLER_SCOPE)
class VaccinationUploadController {

	private final OrganisationLists lists;
	private final LegacyImport legacy;

	VaccinationUploadController(OrganisationLists lists, LegacyImport legacy) {
		this.lists = lists;
		this.legacy = legacy;
	}

	@PostMapping(value = "/api/v1/vaccination/registration-lists", consumes = "text/csv")
	@Operation(summary = "Register a list of people (CSV: cccd, full_name, date_of_birth, priority_group); per-row report",
			description = "Each row's identity is verified against the registry; unverified or invalid rows are reported with the column at fault. At most 5,000 rows.")
	RowReport list(Actor actor, @RequestBody(required = false) String csv) {
		return lists.run(actor, csv);
	}

	@PostMapping(value = "/api/v1/vaccination/registration-lists", consumes = "multipart/form-data")
	@Operation(summary = "The same, as a file upload (field file)")
	RowReport listFile(Actor actor, @RequestParam(required = false) MultipartFile file) {
		return lists.run(actor, text(file));
	}

	@PostMapping(value = "/api/v1/vaccination/legacy-imports", consumes = "text/csv")
	@Operation(summary = "Import the old platform's vaccination records (CSV: cccd, full_name, date_of_birth, ward_code, product, lot, dose_number, administered_on, site)",
			description = "Matched by CCCD (name and birth date must agree), else by name + date of birth + ward within the caller's scope; unmatched and ambiguous rows are reported, never guessed. At most 5,000 rows.")
	RowReport legacy(Actor actor, @RequestBody(required = false) String csv) {
		return legacy.run(actor, csv);
	}

	@PostMapping(value = "/api/v1/vaccination/legacy-imports", consumes = "multipart/form-data")
	@Operation(summary = "The same, as a file upload (field file)")
	RowReport legacyFile(Actor actor, @RequestParam(required = false) MultipartFile file) {
		return legacy.run(actor, text(file));
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
