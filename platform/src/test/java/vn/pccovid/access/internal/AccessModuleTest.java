package vn.pccovid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.oauth2.jwt.Jwt;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;

import vn.pccovid.access.Actor;

import vn.pccovid.access.OneTimeCodeIssued;
import vn.pccovid.support.TestClockConfiguration;

/** The access module on its own: a citizen's code request publishes {@link OneTimeCodeIssued} for notification. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClockConfiguration.class)
class AccessModuleTest {

	@Autowired
	CitizenSignIn signIn;

	@Autowired
	Tokens tokens;

	@Autowired
	SigningKeys keys;

	@Test
	void aTokenRememberedAtIssueSpeaksForTheSameActorAsItsVerifiedSignature() throws Exception {
		Actor citizen = Actor.citizen("0912345678");
		String token = tokens.issue(citizen).accessToken();
		// what a node that did not issue the token finds by checking the signature
		SignedJWT signed = SignedJWT.parse(token);
		assertThat(signed.verify(new ECDSAVerifier(keys.publicKey()))).isTrue();
		Jwt remembered = tokens.decode(token);
		assertThat(Tokens.actorOf(remembered)).isEqualTo(citizen);
		assertThat(remembered.getSubject()).isEqualTo(signed.getJWTClaimsSet().getSubject());
		assertThat(remembered.getExpiresAt()).isEqualTo(signed.getJWTClaimsSet().getExpirationTime().toInstant());
		assertThat(remembered.getClaimAsStringList("roles")).isEqualTo(signed.getJWTClaimsSet().getStringListClaim("roles"));
		assertThat(remembered.getClaimAsString("scope")).isEqualTo(signed.getJWTClaimsSet().getStringClaim("scope"));
	}

	@Test
	void aCodeRequestPublishesOneTimeCodeIssued(Scenario scenario) {
		String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String ip = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		scenario.stimulate(() -> signIn.sendCode("+84" + phone.substring(1), ip))
				.andWaitForEventOfType(OneTimeCodeIssued.class)
				.matching(event -> event.phone().equals(phone))
				.toArriveAndVerify((event, expiresAt) -> {
					assertThat(event.expiresAt()).isEqualTo(expiresAt);
					assertThat(event.code()).matches("\\d{6}");
					assertThat(event.toString()).doesNotContain(event.code());
				});
	}
}
