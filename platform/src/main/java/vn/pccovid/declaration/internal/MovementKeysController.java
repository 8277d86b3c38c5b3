package vn.pccovid.declaration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The public keys of movement-declaration QRs as a JWK set, for checkpoints that verify offline. */
@RestController
@Tag(name = "Declarations")
class MovementKeysController {

	private final MovementQrKeys keys;

	MovementKeysController(MovementQrKeys keys) {
		this.keys = keys;
	}

	@GetMapping(value = "/api/v1/keys/movement-declaration", produces = { "application/jwk-set+json", "application/json" })
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "The public keys that sign movement-declaration QRs (JWK set, ES256), the signing key first")
	Map<String, Object> jwks() {
		String current = keys.signing().kid();
		List<JWK> published = new ArrayList<>();
		keys.publicKeys().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			JWK jwk = new ECKey.Builder(Curve.P_256, entry.getValue()).keyID(entry.getKey()).keyUse(KeyUse.SIGNATURE)
					.algorithm(JWSAlgorithm.ES256).build();
			if (entry.getKey().equals(current)) {
				published.add(0, jwk);
			}
			else {
				published.add(jwk);
			}
		});
		return new JWKSet(published).toJSONObject(true);
	}
}
