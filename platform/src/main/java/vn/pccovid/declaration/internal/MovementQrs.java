package vn.pccovid.declaration.internal;

import java.nio.ByteBuffer;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
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

/**
 * The movement-declaration QR: a compact JWS (ES256, {@code kid} in the header) whose payload is only
 * {@code {"k":"mv","i":<declaration id, 22 characters>,"d":<day of travel>}} — about 200 characters, so the QR stays
 * small enough for a checkpoint camera. Verifiable offline with the JWK set; no name or ward in it.
 */
@Component
class MovementQrs {

	static final String KIND = "mv";
	/** Longest text looked at; ours are about 200 characters. */
	static final int MAX_LENGTH = 1024;

	/** What a verified QR says. */
	record Claims(UUID declaration, LocalDate date) {
	}

	private final MovementQrKeys keys;

	MovementQrs(MovementQrKeys keys) {
		this.keys = keys;
	}

	String sign(UUID declaration, LocalDate date) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("k", KIND);
		claims.put("i", compact(declaration));
		claims.put("d", date.toString());
		vn.pccovid.core.SigningKeyring.Signing signing = keys.signing();
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signing.kid()).build(), new Payload(claims));
		try {
			jws.sign(new ECDSASigner(signing.key()));
		}
		catch (JOSEException e) {
			throw new IllegalStateException("could not sign a movement-declaration QR", e);
		}
		return jws.serialize();
	}

	/** The claims of a QR this platform signed; empty for anything else (malformed, foreign, altered, other kind). */
	Optional<Claims> read(String qr) {
		if (qr == null || qr.isBlank() || qr.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		try {
			JWSObject jws = JWSObject.parse(qr.strip());
			if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
				return Optional.empty();
			}
			Optional<ECPublicKey> key = keys.publicKey(jws.getHeader().getKeyID());
			if (key.isEmpty() || !jws.verify(new ECDSAVerifier(key.get()))) {
				return Optional.empty();
			}
			Map<String, Object> claims = jws.getPayload().toJSONObject();
			if (claims == null || !KIND.equals(claims.get("k")) || !(claims.get("i") instanceof String id)
					|| !(claims.get("d") instanceof String day)) {
				return Optional.empty();
			}
			return Optional.of(new Claims(expand(id), LocalDate.parse(day)));
		}
		catch (ParseException | JOSEException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** A UUID in 22 characters (Base64url of its 16 bytes) instead of 36. */
	static String compact(UUID id) {
		ByteBuffer bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
	}

	static UUID expand(String text) {
		byte[] bytes = Base64.getUrlDecoder().decode(text);
		if (bytes.length != 16) {
			throw new IllegalArgumentException("not a UUID");
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		return new UUID(buffer.getLong(), buffer.getLong());
	}
}
