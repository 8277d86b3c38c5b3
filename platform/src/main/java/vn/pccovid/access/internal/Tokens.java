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
 * authorised without a database look-up; and opaque refresh tokens, stored only as hashes and rotated on use.
 */
@Component
class Tokens {

	static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
	static final Duration REFRESH_LIFETIME = Duration.ofHours(12);
	private static final String ISSUER = "pccovid";

	private final JwtEncoder encoder;
	private final JwtDecoder decoder;
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

	/** A fresh access token and refresh token for the actor. */
	@Transactional
	IssuedTokens issue(Actor actor) {
		Instant now = clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
				.issuer(ISSUER).subject(actor.id()).issuedAt(now).expiresAt(now.plus(ACCESS_LIFETIME))
				.id(UUID.randomUUID().toString())
				.claim("kind", actor.kind().name()).claim("name", actor.name())
				.claim("roles", actor.roles().stream().map(Role::name).sorted().toList())
				.claim("scope", actor.scope().toString())
				.build();
		String access = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).build(), claims))
				.getTokenValue();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("INSERT INTO access.refresh_token (token_hash, subject, expires_at) VALUES (?, ?, ?)")
				.params(sha256(refresh), actor.kind() + ":" + actor.id(), java.sql.Timestamp.from(now.plus(REFRESH_LIFETIME)))
				.update();
		return new IssuedTokens(access, ACCESS_LIFETIME.toSeconds(), refresh);
	}

	/** Consumes a refresh token: the subject it was issued to ({@code KIND:id}) if it is live, else nothing. */
	@Transactional
	java.util.Optional<String> consumeRefresh(String refreshToken) {
		if (refreshToken == null || refreshToken.isBlank()) {
			return java.util.Optional.empty();
		}
		return jdbc.sql("DELETE FROM access.refresh_token WHERE token_hash = ? AND expires_at > ? RETURNING subject")
				.params(sha256(refreshToken), java.sql.Timestamp.from(clock.instant()))
				.query(String.class).optional();
	}

	private static JwtDecoder decoder(ECKey publicKey, Clock clock) {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
				new ImmutableJWKSet<SecurityContext>(new JWKSet(publicKey))));
		processor.setJWTClaimsSetVerifier((claims, context) -> {
			// issuer and lifetime are checked by the validators below, against the platform's clock
		});
		NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
		JwtTimestampValidator lifetime = new JwtTimestampValidator(Duration.ofSeconds(30));
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
