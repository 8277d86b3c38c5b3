package vn.pccovid.access;

import static vn.pccovid.support.CitizenSignIns.newIp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.pccovid.support.Http;
import vn.pccovid.support.Outboxes;
import vn.pccovid.support.PlatformTest;

/** Citizens sign in with phone + code: delivery through the outbox, expiry, guesses and rate limits. */
class CitizenSignInApiTest extends PlatformTest {

	@Test
	void signsInWithTheCodeFromTheOutbox() {
		String phone = newPhone();
		String ip = newIp();
		String admin = adminBearer();
		long before = Outboxes.lastId(http(), admin, phone);
		Http.Response sent = http().post("/api/v1/auth/otp", "{\"phone\":\"+84" + phone.substring(1) + "\"}", "X-Forwarded-For", ip);
		assertThat(sent.status()).isEqualTo(202);
		assertThat(sent.json().get("phone").asString()).isEqualTo(phone);
		assertThat(sent.json().get("expiresIn").asLong()).isEqualTo(300);

		String code = Outboxes.latestCode(http(), admin, phone, before);
		Http.Response signedIn = http().post("/api/v1/auth/otp/verify", body(phone, code), "X-Forwarded-For", ip);
		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
		JsonNode me = http().get("/api/v1/auth/me", "Authorization", "Bearer " + signedIn.json().get("accessToken").asString()).json();
		assertThat(me.get("kind").asString()).isEqualTo("CITIZEN");
		assertThat(me.get("name").asString()).isEqualTo(phone);

		assertProblem(http().post("/api/v1/auth/otp/verify", body(phone, code), "X-Forwarded-For", ip), 401, null);
	}

	@Test
	void aCodeExpiresAfterFiveMinutes() {
		String phone = newPhone();
		String admin = adminBearer();
		long before = Outboxes.lastId(http(), admin, phone);
		http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp());
		String code = Outboxes.latestCode(http(), admin, phone, before);
		clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		assertProblem(http().post("/api/v1/auth/otp/verify", body(phone, code), "X-Forwarded-For", newIp()), 401, null);
	}

	@Test
	void fiveWrongGuessesBurnTheCode() {
		String phone = newPhone();
		String admin = adminBearer();
		long before = Outboxes.lastId(http(), admin, phone);
		http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp());
		String code = Outboxes.latestCode(http(), admin, phone, before);
		String wrong = code.equals("000000") ? "111111" : "000000";
		String ip = newIp();
		for (int i = 0; i < 4; i++) {
			assertProblem(http().post("/api/v1/auth/otp/verify", body(phone, wrong), "X-Forwarded-For", ip), 401, null);
		}
		assertProblem(http().post("/api/v1/auth/otp/verify", body(phone, wrong), "X-Forwarded-For", ip), 429, null);
		assertProblem(http().post("/api/v1/auth/otp/verify", body(phone, code), "X-Forwarded-For", ip), 401, null);
	}

	@Test
	void sendsAreLimitedPerPhoneWithRetryAfter() {
		String phone = newPhone();
		for (int i = 0; i < 3; i++) {
			assertThat(http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp()).status()).isEqualTo(202);
		}
		Http.Response refused = http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp());
		assertProblem(refused, 429, null);
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 900L);
	}

	@Test
	void sendsAreLimitedPerIp() {
		String ip = newIp();
		for (int i = 0; i < 20; i++) {
			assertThat(http().post("/api/v1/auth/otp", "{\"phone\":\"" + newPhone() + "\"}", "X-Forwarded-For", ip).status()).isEqualTo(202);
		}
		assertProblem(http().post("/api/v1/auth/otp", "{\"phone\":\"" + newPhone() + "\"}", "X-Forwarded-For", ip), 429, null);
		assertThat(http().post("/api/v1/auth/otp", "{\"phone\":\"" + newPhone() + "\"}", "X-Forwarded-For", newIp()).status()).isEqualTo(202);
	}

	@Test
	void concurrentSendsToOnePhoneCannotOutrunTheQuota() throws Exception {
		String phone = newPhone();
		// Ten requests at once, each from its own address: the quota check and its record are one locked step.
		var statuses = StaffAccessApiTest.concurrently(10,
				i -> http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp()).status());
		assertThat(statuses).filteredOn(status -> status == 202).hasSize(3);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(7);
	}

	@Test
	void concurrentSendsFromOneAddressCannotOutrunTheQuota() throws Exception {
		String ip = newIp();
		var statuses = StaffAccessApiTest.concurrently(25,
				i -> http().post("/api/v1/auth/otp", "{\"phone\":\"" + newPhone() + "\"}", "X-Forwarded-For", ip).status());
		assertThat(statuses).filteredOn(status -> status == 202).hasSize(20);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(5);
	}

	@Test
	void aPhoneGetsAtMostTenCodesADay() {
		String phone = newPhone();
		for (int i = 0; i < 10; i++) {
			if (i > 0 && i % 3 == 0) {
				clock.advance(Duration.ofMinutes(16));
			}
			Http.Response sent = http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp());
			assertThat(sent.status()).as("code %d: %s", i + 1, sent.body()).isEqualTo(202);
		}
		clock.advance(Duration.ofMinutes(16));
		Http.Response refused = http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp());
		assertProblem(refused, 429, null);
		assertThat(refused.json().get("detail").asString()).contains("24");
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(Duration.ofHours(22).toSeconds(), Duration.ofHours(24).toSeconds());
	}

	@Test
	void badInputsAre400NamingTheField() {
		assertProblem(http().post("/api/v1/auth/otp", "{\"phone\":\"12345\"}"), 400, "phone");
		assertProblem(http().post("/api/v1/auth/otp", "{\"phone\":\"0212345678\"}"), 400, "phone");
		assertProblem(http().post("/api/v1/auth/otp", "{}"), 400, "phone");
		assertProblem(http().post("/api/v1/auth/otp/verify", body(newPhone(), "12ab56")), 400, "code");
		assertProblem(http().post("/api/v1/auth/otp/verify", "{\"phone\":\"0912345678\"}"), 400, "code");
	}

	@Test
	void citizensCannotUseStaffEndpoints() {
		String phone = newPhone();
		String admin = adminBearer();
		long before = Outboxes.lastId(http(), admin, phone);
		http().post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp());
		String token = http().post("/api/v1/auth/otp/verify", body(phone, Outboxes.latestCode(http(), admin, phone, before)),
				"X-Forwarded-For", newIp()).json().get("accessToken").asString();
		assertProblem(http().get("/api/v1/access/accounts", "Authorization", "Bearer " + token), 403, null);
		assertProblem(http().get("/api/v1/notifications/outbox", "Authorization", "Bearer " + token), 403, null);
	}

	static String body(String phone, String code) {
		return "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}";
	}

	static String newPhone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

}
