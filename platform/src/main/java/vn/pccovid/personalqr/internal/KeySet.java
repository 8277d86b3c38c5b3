package vn.pccovid.personalqr.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

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
		return keys.jwkSet(kid -> tokens.keyInUse(kid, now));
	}

	String rotate() {
		return keys.rotate();
	}
}
