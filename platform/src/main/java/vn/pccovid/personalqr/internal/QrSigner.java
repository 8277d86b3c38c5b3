package vn.pccovid.personalqr.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Makes and records personal QR payloads: a compact JWS (ES256, {@code kid} in the header) whose claims are only a
 * random token id ({@code jti}, 128 bits), the expiry ({@code exp}) and the kind ({@code typ}: {@code app} or
 * {@code paper}). The SHA-256 of the whole payload is stored with the token.
 */
@Component
class QrSigner {

	private final QrKeys keys;
	private final TokenRecords tokens;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	QrSigner(QrKeys keys, TokenRecords tokens, Clock clock) {
		this.keys = keys;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** Issues and stores a token for the person, valid for the lifetime from now (whole seconds). */
	TokenRecords.Token issue(UUID personId, TokenRecords.Kind kind, Duration lifetime) {
		Instant now = clock.instant();
		Instant expires = now.plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		byte[] id = new byte[16];
		random.nextBytes(id);
		String jti = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
		vn.pccovid.core.SigningKeyring.Signing signing = keys.signing();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID(jti).expirationTime(Date.from(expires))
				.claim("typ", kind.name().toLowerCase()).build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signing.kid()).build(), claims);
		try {
			jwt.sign(new ECDSASigner(signing.key()));
		}
		catch (JOSEException e) {
			throw new IllegalStateException("could not sign a personal QR", e);
		}
		String payload = jwt.serialize();
		TokenRecords.Token token = new TokenRecords.Token(jti, personId, kind, signing.kid(), now, expires, null,
				sha256(payload), kind == TokenRecords.Kind.APP ? payload : null);
		tokens.insert(token);
		return new TokenRecords.Token(jti, personId, kind, signing.kid(), now, expires, null, token.payloadHash(), payload);
	}

	static byte[] sha256(String payload) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
