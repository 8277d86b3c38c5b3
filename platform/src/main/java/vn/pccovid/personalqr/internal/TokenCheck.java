package vn.pccovid.personalqr.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;

import vn.pccovid.personalqr.ScanReason;

/**
 * Decides whether a payload is a personal QR this platform issued. The common case costs one primary-key look-up
 * and a constant-time comparison of the payload's SHA-256 with the stored one: equal means exactly the QR issued,
 * no signature check needed. Only an unknown or differing payload gets the full ES256 verification, which tells a
 * malformed, tampered, foreign-key or expired code apart.
 */
@Component
class TokenCheck {

	/** Longest payload looked at; ours are about 250 characters. */
	static final int MAX_LENGTH = 2048;

	/** The outcome: the token when valid, else the reason (with the token when one was found). */
	record Outcome(TokenRecords.Token token, ScanReason reason) {

		boolean valid() {
			return reason == null;
		}
	}

	private final TokenRecords tokens;
	private final QrKeys keys;
	private final Clock clock;

	TokenCheck(TokenRecords tokens, QrKeys keys, Clock clock) {
		this.tokens = tokens;
		this.keys = keys;
		this.clock = clock;
	}

	Outcome check(String payload) {
		if (payload == null || payload.length() > MAX_LENGTH) {
			return new Outcome(null, ScanReason.MALFORMED);
		}
		Instant now = clock.instant();
		Optional<TokenRecords.Token> stored = jti(payload).flatMap(tokens::find);
		if (stored.isPresent() && MessageDigest.isEqual(stored.get().payloadHash(), QrSigner.sha256(payload))) {
			return state(stored.get(), now);
		}
		return verifyFully(payload, now);
	}

	/** {@link #check} for many payloads, in order, looking all their token ids up in one query. */
	java.util.List<Outcome> checkAll(java.util.List<String> payloads) {
		java.util.Map<String, String> jtis = new java.util.HashMap<>();
		for (String payload : payloads) {
			if (payload != null && payload.length() <= MAX_LENGTH) {
				jti(payload).ifPresent(jti -> jtis.put(payload, jti));
			}
		}
		java.util.Map<String, TokenRecords.Token> stored = tokens.findAll(new java.util.HashSet<>(jtis.values()));
		Instant now = clock.instant();
		java.util.List<Outcome> outcomes = new java.util.ArrayList<>(payloads.size());
		for (String payload : payloads) {
			if (payload == null || payload.length() > MAX_LENGTH) {
				outcomes.add(new Outcome(null, ScanReason.MALFORMED));
				continue;
			}
			TokenRecords.Token token = jtis.containsKey(payload) ? stored.get(jtis.get(payload)) : null;
			outcomes.add(token != null && MessageDigest.isEqual(token.payloadHash(), QrSigner.sha256(payload))
					? state(token, now) : verifyFully(payload, now));
		}
		return outcomes;
	}

	private Outcome state(TokenRecords.Token token, Instant now) {
		if (!token.expiresAt().isAfter(now)) {
			return new Outcome(token, ScanReason.EXPIRED);
		}
		if (token.revokedAt() != null) {
			return new Outcome(token, ScanReason.REVOKED);
		}
		return new Outcome(token, null);
	}

	private Outcome verifyFully(String payload, Instant now) {
		JWSObject jws;
		Map<String, Object> claims;
		try {
			jws = JWSObject.parse(payload);
			claims = jws.getPayload().toJSONObject();
		}
		catch (ParseException | RuntimeException e) {
			return new Outcome(null, ScanReason.MALFORMED);
		}
		if (claims == null || !(claims.get("jti") instanceof String) || !(claims.get("exp") instanceof Number)) {
			return new Outcome(null, ScanReason.MALFORMED);
		}
		if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
			return new Outcome(null, ScanReason.BAD_SIGNATURE);
		}
		Optional<ECPublicKey> key = keys.publicKey(jws.getHeader().getKeyID());
		if (key.isEmpty()) {
			return new Outcome(null, ScanReason.UNKNOWN_KEY);
		}
		try {
			if (!jws.verify(new ECDSAVerifier(key.get()))) {
				return new Outcome(null, ScanReason.BAD_SIGNATURE);
			}
		}
		catch (JOSEException | RuntimeException e) {
			return new Outcome(null, ScanReason.BAD_SIGNATURE);
		}
		if (!Date.from(now).before(new Date(((Number) claims.get("exp")).longValue() * 1000))) {
			return new Outcome(null, ScanReason.EXPIRED);
		}
		// Signed by us, yet not the payload on record: no longer honoured.
		return new Outcome(null, ScanReason.REVOKED);
	}

	/** The token id from the payload's claims, without verifying anything; empty when it cannot be read. */
	static Optional<String> jti(String payload) {
		int first = payload.indexOf('.');
		int second = first < 0 ? -1 : payload.indexOf('.', first + 1);
		if (second < 0 || payload.indexOf('.', second + 1) >= 0) {
			return Optional.empty();
		}
		try {
			String json = new String(Base64.getUrlDecoder().decode(payload.substring(first + 1, second)), StandardCharsets.UTF_8);
			Object jti = JSONObjectUtils.parse(json).get("jti");
			return jti instanceof String s && s.length() <= 64 ? Optional.of(s) : Optional.empty();
		}
		catch (ParseException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
