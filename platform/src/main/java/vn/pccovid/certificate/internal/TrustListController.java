package vn.pccovid.certificate.internal;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;

/** The platform's trust list for third-party verifiers, the import of foreign lists, and signer rotation. */
@RestController
@Tag(name = "Certificates")
class TrustListController {

	private final TrustLists lists;

	TrustListController(TrustLists lists) {
		this.lists = lists;
	}

	@GetMapping("/api/v1/certificates/trust-list")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "Our document signers: [{kid, certificate (Base64 DER), country}]",
			description = "Every document signer the platform ever used (current and retired), so that a third-party verifier can check our certificates offline. kid = Base64 of the first 8 bytes of the SHA-256 of the certificate's DER.")
	List<TrustLists.Entry> trustList() {
		return lists.published();
	}

	@PostMapping("/api/v1/certificates/trust-lists")
	@Allowed(value = Permission.CERTIFICATE_TRUST_MANAGE, area = AreaRule.ANY_AREA)
	@Operation(summary = "Import a foreign trust list (same shape); replaces the previous import",
			description = "All or nothing: an empty list, or one with any faulty entry (400 naming entries[i].field), changes nothing. Several certificates may share a kid; each is tried.")
	Map<String, Integer> importList(Actor actor, @RequestBody(required = false) List<TrustLists.Entry> entries) {
		if (entries == null) {
			throw new InvalidInputException("entries", "certificate.trustList.empty");
		}
		return Map.of("imported", lists.importList(actor, entries));
	}

	@PostMapping("/api/v1/certificates/signers/rotate")
	@Allowed(value = Permission.CERTIFICATE_TRUST_MANAGE, area = AreaRule.ANY_AREA)
	@Operation(summary = "Make a new document signer current; what the old one signed stays verifiable")
	Map<String, String> rotate() {
		return Map.of("kid", lists.rotate());
	}
}
