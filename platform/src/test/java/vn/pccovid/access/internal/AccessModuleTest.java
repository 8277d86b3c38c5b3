package vn.pccovid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import vn.pccovid.access.OneTimeCodeIssued;
import vn.pccovid.support.TestClockConfiguration;

/** The access module on its own: a citizen's code request publishes {@link OneTimeCodeIssued} for notification. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClockConfiguration.class)
class AccessModuleTest {

	@Autowired
	CitizenSignIn signIn;

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
