package vn.pccovid.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * With the production default ({@code pccovid.trusted-proxies} empty), {@code X-Forwarded-For} is nobody's to
 * set: a client that rotates it still counts as its own address. Tomcat's own default believed it from any private
 * address, loopback included, so each new value got a fresh per-IP quota.
 */
@TestPropertySource(properties = "pccovid.trusted-proxies=")
class ForwardedHeadersTest extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void rotatingXForwardedForDoesNotResetThePerAddressQuota() {
		Http.Response answer = null;
		int sent = 0;
		// 20 codes per address per 15 minutes: other tests of this JVM may have used part of this machine's quota already
		while (sent <= 20) {
			answer = http().post("/api/v1/auth/otp", "{\"phone\":\"" + CitizenSignInApiTest.newPhone() + "\"}",
					"X-Forwarded-For", CitizenSignIns.newIp());
			sent++;
			if (answer.status() != 202) {
				break;
			}
		}
		assertProblem(answer, 429, null);
		assertProblem(http().post("/api/v1/auth/otp", "{\"phone\":\"" + CitizenSignInApiTest.newPhone() + "\"}",
				"X-Forwarded-For", CitizenSignIns.newIp()), 429, null);
	}

	@AfterEach
	void giveThisMachineItsQuotaBack() {
		// Browser tests later in this JVM send codes from this machine, without X-Forwarded-For.
		jdbc.sql("DELETE FROM access.rate_event WHERE key IN ('otp-send:ip:127.0.0.1', 'otp-send:ip:0000:0000:0000:0000::/64')").update();
	}
}
