package vn.pccovid.access.internal;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers tokens whose ES256 signature was already verified, until they expire (a token is valid while the
 * clock is before its {@code exp}, remembered or not — no skew): an API client sends the same
 * token with every request, and verifying an ECDSA signature costs far more than the rest of a small request.
 * Bounded: when full it starts over, which costs one verification per live client. A token that several requests
 * bring at once (a family phone booking for its people in parallel) is verified by the first of them while the
 * others wait for its answer, instead of each paying for the same signature. A token this node has just signed is
 * remembered at issue ({@link #issued}): it needs no verification here, and a crowd of phones that signed in on this
 * node then pays no signature check at its first request (measured: a fourth of the server's processor in the
 * booking flash crowd, 2026-12-02 23:11). Other nodes verify it once, as any token.
 */
final class VerifiedTokenCache implements JwtDecoder {

	static final int MAX_ENTRIES = 50_000;

	private final JwtDecoder verifier;
	private final Clock clock;
	private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();
	private final ConcurrentHashMap<String, CompletableFuture<Jwt>> verifying = new ConcurrentHashMap<>();

	VerifiedTokenCache(JwtDecoder verifier, Clock clock) {
		this.verifier = verifier;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) {
		Jwt known = verified.get(token);
		if (known != null) {
			if (known.getExpiresAt() != null && known.getExpiresAt().isAfter(clock.instant())) {
				return known;
			}
			verified.remove(token);
			throw new BadJwtException("expired");
		}
		CompletableFuture<Jwt> mine = new CompletableFuture<>();
		CompletableFuture<Jwt> running = verifying.putIfAbsent(token, mine);
		if (running != null) {
			return awaitOther(running);
		}
		try {
			Jwt jwt = verify(token);
			mine.complete(jwt);
			return jwt;
		}
		catch (RuntimeException e) {
			mine.completeExceptionally(e);
			throw e;
		}
		finally {
			verifying.remove(token, mine);
		}
	}

	/** Remembers a token this node signed (issuance is its proof), until it expires. */
	void issued(Jwt jwt) {
		if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(clock.instant())) {
			remember(jwt);
		}
	}

	private Jwt verify(String token) {
		Jwt jwt = verifier.decode(token);
		if (jwt.getExpiresAt() == null || !jwt.getExpiresAt().isAfter(clock.instant())) {
			// the same rule as for a remembered token, whatever skew the verifier allows
			throw new BadJwtException("expired");
		}
		remember(jwt);
		return jwt;
	}

	private void remember(Jwt jwt) {
		if (verified.size() >= MAX_ENTRIES) {
			verified.clear();
		}
		verified.put(jwt.getTokenValue(), jwt);
	}

	private static Jwt awaitOther(CompletableFuture<Jwt> running) {
		try {
			return running.join();
		}
		catch (CompletionException e) {
			// the same refusal the verifying request got (a bad signature, an expired token)
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}
}
