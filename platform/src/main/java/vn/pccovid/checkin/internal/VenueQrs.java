package vn.pccovid.checkin.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The venue QR: a compact JWS (ES256, {@code kid} in the header) whose payload is only {@code {"typ":"venue",
 * "sub":<venue id>}} (about 200 characters, so the QR stays coarse and scannable from a distance). Anyone holding
 * the published JWK set can verify a poster offline; the platform compares a scan with the stored QR first and
 * verifies the signature only when they differ.
 */
@Component
class VenueQrs {

	static final int MAX_LENGTH = 1024;
	private static final String TYPE = "venue";

	private final VenueQrKeys keys;

	VenueQrs(VenueQrKeys keys) {
		this.keys = keys;
	}

	/** Signs the QR of a venue. */
	String sign(UUID venueId) {
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.kid()).build(),
				new Payload(Map.of("typ", TYPE, "sub", venueId.toString())));
		try {
			jws.sign(new ECDSASigner(keys.privateKey()));
		}
		catch (JOSEException e) {
			throw new IllegalStateException("could not sign a venue QR", e);
		}
		return jws.serialize();
	}

	/** The venue id the payload names, read without any check; empty when the text is not shaped like a venue QR. */
	Optional<UUID> venueIdOf(String payload) {
		if (payload == null || payload.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int first = payload.indexOf('.');
		int second = first < 0 ? -1 : payload.indexOf('.', first + 1);
		if (second < 0 || payload.indexOf('.', second + 1) >= 0) {
			return Optional.empty();
		}
		try {
			String json = new String(Base64.getUrlDecoder().decode(payload.substring(first + 1, second)), StandardCharsets.UTF_8);
			Map<String, Object> claims = JSONObjectUtils.parse(json);
			if (!TYPE.equals(claims.get("typ")) || !(claims.get("sub") instanceof String sub)) {
				return Optional.empty();
			}
			return Optional.of(UUID.fromString(sub));
		}
		catch (ParseException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Whether the payload carries a valid signature of this platform's venue key. */
	boolean signatureValid(String payload) {
		try {
			JWSObject jws = JWSObject.parse(payload);
			return JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm()) && keys.kid().equals(jws.getHeader().getKeyID())
					&& jws.verify(new ECDSAVerifier(keys.publicKey()));
		}
		catch (ParseException | JOSEException | RuntimeException e) {
			return false;
		}
	}

	/** The public key as a JWK set, for offline verifiers. */
	Map<String, Object> publicJwks() {
		ECKey jwk = new ECKey.Builder(Curve.P_256, keys.publicKey()).keyID(keys.kid()).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256).build();
		return Map.of("keys", java.util.List.of(jwk.toPublicJWK().toJSONObject()));
	}
}
