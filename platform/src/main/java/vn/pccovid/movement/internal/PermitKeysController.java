package vn.pccovid.movement.internal;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The public key that verifies permit QRs offline, for checkpoint devices. */
@RestController
@Tag(name = "Movement")
class PermitKeysController {

	private final PermitKeys keys;

	PermitKeysController(PermitKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/api/v1/keys/movement-permit")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "JWK set of the permit-QR signing key (public half only)")
	ResponseEntity<Map<String, Object>> keys() {
		ECKey key = new ECKey.Builder(Curve.P_256, keys.publicKey()).keyID(keys.kid()).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256).build();
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
				.body(new JWKSet(key).toJSONObject(true));
	}
}
