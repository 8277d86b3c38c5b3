package vn.pccovid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import vn.pccovid.support.TestClock;

class VerifiedTokenCacheTest {

	private final TestClock clock = new TestClock(ZoneOffset.UTC);
	private final AtomicInteger verifications = new AtomicInteger();
	private final JwtDecoder verifier = token -> {
		verifications.incrementAndGet();
		if (token.startsWith("bad")) {
			throw new BadJwtException("bad signature");
		}
		Instant now = clock.instant();
		return Jwt.withTokenValue(token).header("alg", "ES256").subject("s").issuedAt(now)
				.expiresAt(now.plus(Duration.ofMinutes(15))).build();
	};
	private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);

	@Test
	void verifiesEachTokenOnce() {
		assertThat(cache.decode("a").getSubject()).isEqualTo("s");
		assertThat(cache.decode("a").getSubject()).isEqualTo("s");
		cache.decode("b");
		assertThat(verifications).hasValue(2);
	}

	@Test
	void aTokenSignedHereIsKnownWithoutVerificationUntilItExpires() {
		Instant now = clock.instant();
		cache.issued(Jwt.withTokenValue("issued").header("alg", "ES256").subject("here").issuedAt(now)
				.expiresAt(now.plus(Duration.ofMinutes(15))).build());
		assertThat(cache.decode("issued").getSubject()).isEqualTo("here");
		assertThat(verifications).hasValue(0);
		clock.advance(Duration.ofMinutes(15));
		assertThatThrownBy(() -> cache.decode("issued")).isInstanceOf(BadJwtException.class);
		cache.issued(Jwt.withTokenValue("stale").header("alg", "ES256").subject("here").issuedAt(now)
				.expiresAt(now.plus(Duration.ofMinutes(15))).build());
		cache.decode("stale");
		assertThat(verifications).as("an expired token is not remembered at issue").hasValue(1);
	}

	@Test
	void neverRemembersARejectedToken() {
		assertThatThrownBy(() -> cache.decode("bad-1")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> cache.decode("bad-1")).isInstanceOf(BadJwtException.class);
		assertThat(verifications).hasValue(2);
	}

	@Test
	void refusesARememberedTokenOnceItExpires() {
		cache.decode("a");
		clock.advance(Duration.ofMinutes(15));
		assertThatThrownBy(() -> cache.decode("a")).isInstanceOf(BadJwtException.class);
	}

	@Test
	void refusesATokenAtItsExpiryEvenWhenTheVerifierAllowsSkew() {
		// a verifier with clock skew would accept a token some seconds past its exp
		JwtDecoder lenient = token -> Jwt.withTokenValue(token).header("alg", "ES256").subject("s")
				.issuedAt(clock.instant().minus(Duration.ofMinutes(16))).expiresAt(clock.instant().minusSeconds(10)).build();
		VerifiedTokenCache strict = new VerifiedTokenCache(lenient, clock);
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> strict.decode("expired")).isInstanceOf(BadJwtException.class);
		}
	}

	@Test
	void verifiesATokenOnceWhenManyRequestsBringItAtOnce() throws Exception {
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		JwtDecoder slow = token -> {
			entered.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return verifier.decode(token);
		};
		VerifiedTokenCache shared = new VerifiedTokenCache(slow, clock);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Jwt>> answers = new ArrayList<>();
			answers.add(pool.submit(() -> shared.decode("family-phone")));
			assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 7; i++) {
				answers.add(pool.submit(() -> shared.decode("family-phone")));
			}
			Thread.sleep(200); // the seven reach the cache while the first is still verifying
			release.countDown();
			for (Future<Jwt> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS).getSubject()).isEqualTo("s");
			}
			assertThat(verifications).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void givesEveryWaitingRequestTheRefusal() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Jwt>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				answers.add(pool.submit(() -> cache.decode("bad-shared")));
			}
			for (Future<Jwt> answer : answers) {
				assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(BadJwtException.class);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
