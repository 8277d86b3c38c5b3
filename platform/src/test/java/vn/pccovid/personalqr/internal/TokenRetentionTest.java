package vn.pccovid.personalqr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.pccovid.support.PlatformTest;

/** Long-expired tokens are really deleted; live ones stay. */
class TokenRetentionTest extends PlatformTest {

	@Autowired
	QrSigner signer;

	@Autowired
	TokenRecords tokens;

	@Autowired
	TokenRetention retention;

	@Test
	void deletesTokensExpiredForAMonthAndKeepsTheRest() {
		UUID person = UUID.randomUUID();
		TokenRecords.Token shortLived = signer.issue(person, TokenRecords.Kind.APP, Duration.ofSeconds(1));
		TokenRecords.Token live = signer.issue(person, TokenRecords.Kind.PAPER, Duration.ofDays(365));
		assertThat(retention.purgeAt(clock.instant().plus(TokenRetention.KEPT_AFTER_EXPIRY).plusSeconds(3))).isPositive();
		assertThat(tokens.find(shortLived.jti())).isEmpty();
		assertThat(tokens.find(live.jti())).isPresent();
	}
}
