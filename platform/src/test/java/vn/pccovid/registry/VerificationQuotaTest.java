package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pccovid.registry.CitizenFixtures.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Actor;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.TooManyRequestsException;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Identity verification is no oracle: only callers who may read the citizen learn which field differs, failed
 * attempts per caller and CCCD stop at the quota (atomically, also for citizens through the Java API), and every
 * attempt is audited.
 */
class VerificationQuotaTest extends PlatformTest {

	@Autowired
	IdentityVerification verification;

	@Autowired
	JdbcClient jdbc;

	private Person person;

	@BeforeEach
	void registerSomeone() {
		person = Person.in(PHUC_XA);
		registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
	}

	@Test
	void callersWhoMayNotReadTheCitizenLearnOnlyYesOrNo() {
		String wrongBirth = person.dateOfBirth().plusDays(1).toString();
		for (String bearer : List.of(access().bearer(Role.PARTNER_SYSTEM, Scope.NATIONAL),
				access().bearer(Role.HEALTH_WORKER, Scope.of(TRUC_BACH)),
				access().bearer(Role.REGISTRY_OFFICER, Scope.of(TAN_DINH)))) {
			JsonNode answer = verify(bearer, person.cccd(), person.fullName(), wrongBirth).json();
			assertThat(answer.get("match").asBoolean()).isFalse();
			assertThat(answer.has("mismatches")).as(answer.toString()).isFalse();
			JsonNode unknown = verify(bearer, cccd("01", 1950, Sex.MALE), person.fullName(), wrongBirth).json();
			assertThat(unknown.has("mismatches")).as(unknown.toString()).isFalse();
		}
		JsonNode inWard = verify(access().bearer(Role.HEALTH_WORKER, Scope.of(PHUC_XA)), person.cccd(), person.fullName(), wrongBirth).json();
		assertThat(inWard.get("mismatches")).extracting(JsonNode::asString).containsExactly("dateOfBirth");
	}

	@Test
	void failedVerificationsOfOneCccdStopAtTheQuotaEvenForTheRightAnswer() {
		String partner = access().bearer(Role.PARTNER_SYSTEM, Scope.NATIONAL);
		for (int i = 0; i < 10; i++) {
			Http.Response guess = verify(partner, person.cccd(), person.fullName(), person.dateOfBirth().minusDays(i + 1).toString());
			assertThat(guess.status()).as(guess.body()).isEqualTo(200);
		}
		Http.Response blocked = verify(partner, person.cccd(), person.fullName(), person.dateOfBirth().toString());
		assertProblem(blocked, 429, null);
		assertThat(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow())).isBetween(3000L, 3600L);
		assertThat(verify(access().bearer(Role.PARTNER_SYSTEM, Scope.NATIONAL), person.cccd(), person.fullName(),
				person.dateOfBirth().toString()).status()).as("another caller is not blocked").isEqualTo(200);

		clock.advance(Duration.ofMinutes(61));
		Http.Response later = verify(access().bearer(Role.PARTNER_SYSTEM, Scope.NATIONAL), person.cccd(), person.fullName(),
				person.dateOfBirth().toString());
		assertThat(later.json().get("match").asBoolean()).isTrue();
	}

	@Test
	void concurrentFailuresNeverGetMoreAnswersThanTheQuota() throws Exception {
		String partner = access().bearer(Role.PARTNER_SYSTEM, Scope.NATIONAL);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				calls.add(() -> verify(partner, person.cccd(), "Nguyễn Sai Tên", person.dateOfBirth().toString()).status());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(calls)) {
				statuses.add(status.get());
			}
			assertThat(statuses).filteredOn(status -> status == 200).hasSize(10);
			assertThat(statuses).filteredOn(status -> status == 429).hasSize(14);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aCitizensFailedAttemptsThroughTheJavaApiCountAgainstTheSameQuota() {
		Actor citizen = Actor.citizen(phone());
		IdentityClaim wrong = new IdentityClaim(person.cccd(), "Lê Văn Khác", person.dateOfBirth());
		for (int i = 0; i < 10; i++) {
			IdentityCheck check = verification.verify(citizen, wrong);
			assertThat(check.match()).isFalse();
			assertThat(check.mismatches()).isNull();
		}
		assertThatThrownBy(() -> verification.verify(citizen, new IdentityClaim(person.cccd(), person.fullName(), person.dateOfBirth())))
				.isInstanceOf(TooManyRequestsException.class);
	}

	@Test
	void missesAreAuditedWithoutTheNumberInClear() throws InterruptedException {
		String partner = access().account(Role.PARTNER_SYSTEM, Scope.NATIONAL).username();
		String unknown = cccd("01", 1951, Sex.FEMALE);
		assertThat(verify(access().bearer(partner), unknown, person.fullName(), "1951-01-01").status()).isEqualTo(200);
		List<String> whats = List.of();
		for (int i = 0; i < 50 && whats.isEmpty(); i++) {
			Thread.sleep(100);
			whats = jdbc.sql("SELECT what FROM access.audit_entry WHERE actor_name = ? AND action = 'VERIFY' AND citizen_id IS NULL")
					.param(partner).query(String.class).list();
		}
		assertThat(whats).hasSize(1);
		assertThat(whats.get(0)).endsWith(unknown.substring(8)).doesNotContain(unknown);
	}

	private Http.Response verify(String bearer, String cccd, String name, String dateOfBirth) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cccd", cccd);
		body.put("fullName", name);
		body.put("dateOfBirth", dateOfBirth);
		return http().post("/api/v1/registry/verifications", json(body), "Authorization", bearer);
	}
}
