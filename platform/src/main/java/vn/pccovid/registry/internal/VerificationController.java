package vn.pccovid.registry.internal;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.registry.IdentityCheck;
import vn.pccovid.registry.IdentityClaim;
import vn.pccovid.registry.IdentityVerification;

/** Yes/no identity verification for partner systems and other modules' clients. */
@RestController
@Tag(name = "Registry")
class VerificationController {

	private final IdentityVerification verification;

	VerificationController(IdentityVerification verification) {
		this.verification = verification;
	}

	@PostMapping("/api/v1/registry/verifications")
	@Allowed(value = Permission.IDENTITY_VERIFY, area = AreaRule.ANY_AREA)
	@Operation(summary = "Does this CCCD, name and date of birth match the registry?",
			description = "Names match with or without diacritics, in any case, spacing or Unicode normalisation. Only a caller who may read the citizen (CITIZEN_READ, citizen in scope) learns which claimed fields differ; others get match alone. Failed verifications of one CCCD per caller are limited (429 with Retry-After).")
	IdentityCheck verify(@RequestBody Request request, Actor actor) {
		if (request == null) {
			throw new InvalidInputException("cccd", "registry.field.required", "cccd");
		}
		return verification.verify(actor, new IdentityClaim(request.cccd(), request.fullName(), request.dateOfBirth()));
	}

	/** The identity to verify. */
	record Request(String cccd, String fullName, LocalDate dateOfBirth) {
	}
}
