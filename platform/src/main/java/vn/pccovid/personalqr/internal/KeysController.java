package vn.pccovid.personalqr.internal;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** The personal-QR public keys as a JWK set, and their rotation. */
@RestController
@Tag(name = "Personal QR")
class KeysController {

	private final KeySet keySet;

	KeysController(KeySet keySet) {
		this.keySet = keySet;
	}

	@GetMapping(value = "/api/v1/keys/personal-qr", produces = { "application/jwk-set+json", "application/json" })
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "The public keys that sign personal QRs (JWK set)",
			description = "The current key and every retired key that still signs an unexpired, unrevoked QR. Offline scanners may verify ES256 signatures with it.")
	Map<String, Object> jwks() {
		return keySet.publicJwks();
	}

	@PostMapping("/api/v1/keys/personal-qr/rotate")
	@Allowed(value = Permission.PERSONAL_QR_KEYS, area = AreaRule.ANY_AREA)
	@Operation(summary = "Make a new signing key current; QRs signed by the retired key stay valid until they expire")
	Map<String, String> rotate() {
		return Map.of("kid", keySet.rotate());
	}
}
