package vn.pccovid.personalqr.internal;

import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

/** The published keys: the current one first, then each retired key while an unexpired QR still depends on it. */
@Component
class KeySet {

	private final QrKeys keys;
	private final TokenRecords tokens;
	private final Clock clock;

	KeySet(QrKeys keys, TokenRecords tokens, Clock clock) {
		this.keys = keys;
		this.tokens = tokens;
		this.clock = clock;
	}

	Map<String, Object> publicJwks() {
		Instant now = clock.instant();
		String current = keys.signing().kid();
		List<JWK> published = new ArrayList<>();
		keys.publicKeys().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			if (entry.getKey().equals(current)) {
				published.add(0, jwk(entry.getKey(), entry.getValue()));
			}
			else if (tokens.keyInUse(entry.getKey(), now)) {
				published.add(jwk(entry.getKey(), entry.getValue()));
			}
		});
		return new JWKSet(published).toJSONObject(true);
	}

	String rotate() {
		return keys.rotate();
	}

	private static JWK jwk(String kid, ECPublicKey key) {
		return new ECKey.Builder(Curve.P_256, key).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).build();
	}
}
