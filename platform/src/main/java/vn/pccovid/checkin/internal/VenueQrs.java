package vn.pccovid.checkin.internal;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
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
import com.nimbusds.jose.util.JSONObjectUtils;

import vn.pccovid.core.SigningKeyring;

/**
 * The venue QR: a compact JWS (ES256, {@code kid} in the header) whose payload is only {@code {"typ":"venue",
 * "sub":<venue id>}} (about 200 characters, so the QR stays coarse and scannable from a distance). Anyone holding
 * the published JWK set can verify a poster offline; the platform compares a scan with the stored QR first and
 * verifies the signature only when they differ. Signed with the venue keyring's current key; a poster signed with a
 * rotated-out key verifies until that key is retired.
 */
@Component
class VenueQrs {

	static final int MAX_LENGTH = 1024;
	private static final String TYPE = "venue";

	private final VenueQrKeys keys;

	VenueQrs(VenueQrKeys keys) {
		this.keys = keys;
	}

	/** Signs the QR of a venue with the current key. */
	String sign(UUID venueId) {
		SigningKeyring.Signing signing = keys.ring().signing();
		JWSObject jws = new JWSObject(header(signing.kid()), new Payload(Map.of("typ", TYPE, "sub", venueId.toString())));
		try {
			jws.sign(new ECDSASigner(signing.key()));
		}
		catch (JOSEException e) {
			throw new IllegalStateException("could not sign a venue QR", e);
		}
		return jws.serialize();
	}

	/** The first segment (protected header) of every QR {@link #sign} makes with this key: to find them in storage. */
	static String headerSegment(String kid) {
		return header(kid).toBase64URL().toString();
	}

	private static JWSHeader header(String kid) {
		return new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build();
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

	/** The key id in the QR's header, read without any check; {@code null} when there is none. */
	static String kidOf(String payload) {
		int first = payload == null ? -1 : payload.indexOf('.');
		if (first <= 0 || first > MAX_LENGTH) {
			return null;
		}
		try {
			Object kid = JSONObjectUtils.parse(new String(Base64.getUrlDecoder().decode(payload.substring(0, first)),
					StandardCharsets.UTF_8)).get("kid");
			return kid instanceof String text ? text : null;
		}
		catch (ParseException | RuntimeException e) {
			return null;
		}
	}

	/** Whether the key with this id still verifies (not retired); no signature check, no re-reading of the keys. */
	boolean keyActive(String kid) {
		return keys.ring().active(kid);
	}

	/** Whether the payload carries a valid signature of one of this platform's venue keys (current or not retired). */
	boolean signatureValid(String payload) {
		try {
			JWSObject jws = JWSObject.parse(payload);
			if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
				return false;
			}
			Optional<ECPublicKey> key = keys.ring().publicKey(jws.getHeader().getKeyID());
			return key.isPresent() && jws.verify(new ECDSAVerifier(key.get()));
		}
		catch (ParseException | JOSEException | RuntimeException e) {
			return false;
		}
	}

	/** The public keys as a JWK set, for offline verifiers: the signing key first, then every key not yet retired. */
	Map<String, Object> publicJwks() {
		return keys.ring().jwkSet(kid -> true);
	}
}
