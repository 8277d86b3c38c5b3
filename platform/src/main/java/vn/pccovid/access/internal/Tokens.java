package vn.pccovid.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;

/**
 * Bearer tokens: short-lived ES256-signed JWTs carrying the actor (kind, roles, scope), so a request is
 * authorised without a database look-up; and opaque refresh tokens, stored only as hashes, rotated on use and
 * grouped in families so that a replayed one revokes its whole sign-in.
 */
@Component
class Tokens {

	static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
	static final Duration REFRESH_LIFETIME = Duration.ofHours(12);
	private static final String ISSUER = "pccovid";

	private final JwtEncoder encoder;
	private final VerifiedTokenCache decoder;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	Tokens(SigningKeys keys, JdbcClient jdbc, Clock clock) {
		ECKey key = new ECKey.Builder(Curve.P_256, keys.publicKey()).privateKey(keys.privateKey()).keyID("pccovid-1").build();
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
		this.decoder = decoder(key.toPublicJWK(), clock);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A fresh access token and refresh token for the actor, the refresh token starting a new family. */
	@Transactional
	IssuedTokens issue(Actor actor) {
		return issue(actor, UUID.randomUUID());
	}

	/**
	 * Uses up a refresh token and issues a new pair in its family, for the actor its subject ({@code KIND:id}) names
	 * now; nothing when the token is unknown, expired, or its subject no longer signs in. A token that was already
	 * used is being replayed — by a thief or by its owner after a theft — so the whole family is revoked and every
	 * refresh token of that sign-in stops working. Both happen in one transaction: a replay racing a refresh waits
	 * for it and then revokes the token it issued too.
	 */
	@Transactional
	java.util.Optional<IssuedTokens> refresh(String refreshToken, java.util.function.Function<String, java.util.Optional<Actor>> actorOf) {
		if (refreshToken == null || refreshToken.isBlank()) {
			return java.util.Optional.empty();
		}
		String hash = sha256(refreshToken);
		java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
		var live = jdbc.sql("""
				UPDATE access.refresh_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
				RETURNING subject, family""")
				.params(now, hash, now)
				.query((rs, row) -> new Family(rs.getString(1), rs.getObject(2, UUID.class))).optional();
		if (live.isEmpty()) {
			jdbc.sql("""
					DELETE FROM access.refresh_token WHERE family IN
					    (SELECT family FROM access.refresh_token WHERE token_hash = ? AND used_at IS NOT NULL)""")
					.param(hash).update();
			return java.util.Optional.empty();
		}
		return actorOf.apply(live.get().subject()).map(actor -> issue(actor, live.get().family()));
	}

	private IssuedTokens issue(Actor actor, UUID family) {
		// Whole seconds, as the token carries them: the token remembered at issue then expires when the decoded one would.
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		JwtClaimsSet claims = JwtClaimsSet.builder()
				.issuer(ISSUER).subject(actor.id()).issuedAt(now).expiresAt(now.plus(ACCESS_LIFETIME))
				.id(UUID.randomUUID().toString())
				.claim("kind", actor.kind().name()).claim("name", actor.name())
				.claim("roles", actor.roles().stream().map(Role::name).sorted().toList())
				.claim("scope", actor.scope().toString())
				.build();
		Jwt signed = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).build(), claims));
		decoder.issued(signed);
		String access = signed.getTokenValue();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("INSERT INTO access.refresh_token (token_hash, subject, expires_at, family) VALUES (?, ?, ?, ?)")
				.params(sha256(refresh), actor.kind() + ":" + actor.id(), java.sql.Timestamp.from(now.plus(REFRESH_LIFETIME)), family)
				.update();
		return new IssuedTokens(access, ACCESS_LIFETIME.toSeconds(), refresh);
	}

	private record Family(String subject, UUID family) {
	}

	private static VerifiedTokenCache decoder(ECKey publicKey, Clock clock) {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
				new ImmutableJWKSet<SecurityContext>(new JWKSet(publicKey))));
		processor.setJWTClaimsSetVerifier((claims, context) -> {
			// issuer and lifetime are checked by the validators below, against the platform's clock
		});
		NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
		// No clock skew: the platform issues and checks its own tokens on one clock, and the cache of verified
		// tokens refuses a token at its exp; a skew here would let an expired token pass on every other request.
		JwtTimestampValidator lifetime = new JwtTimestampValidator(Duration.ZERO);
		lifetime.setClock(clock);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(ISSUER), lifetime));
		return new VerifiedTokenCache(decoder, clock);
	}

	Jwt decode(String token) {
		return decoder.decode(token);
	}

	JwtDecoder decoder() {
		return decoder;
	}

	/** The actor a verified token speaks for. */
	static Actor actorOf(Jwt jwt) {
		Actor.Kind kind = Actor.Kind.valueOf(jwt.getClaimAsString("kind"));
		List<String> roles = jwt.getClaimAsStringList("roles");
		java.util.Set<Role> parsed = roles == null ? java.util.Set.of()
				: roles.stream().map(Role::valueOf).collect(java.util.stream.Collectors.toSet());
		return new Actor(kind, jwt.getSubject(), jwt.getClaimAsString("name"), parsed, Scope.parse(jwt.getClaimAsString("scope")));
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What the token endpoints answer. */
	record IssuedTokens(String accessToken, long expiresIn, String refreshToken) {
	}
}
