package vn.pccovid.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.StaffAccounts;

/** Base of the full-stack tests: the whole platform on a random port over the test JVM's embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public abstract class PlatformTest {

	@Value("${local.server.port}")
	protected int port;

	@Autowired
	protected TestClock clock;

	@Autowired
	protected StaffAccounts staffAccounts;

	/** A test that moved the clock leaves it where the next test of this cached context expects it. */
	@AfterEach
	void resetClock() {
		clock.reset();
	}

	protected Http http() {
		return new Http(port);
	}

	protected AccessFixtures access() {
		return new AccessFixtures(staffAccounts, http());
	}

	/** A bearer token of the first administrator (national system admin). */
	protected String adminBearer() {
		Http.Response response = http().post("/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"test-admin-password\"}");
		return "Bearer " + response.json().get("accessToken").asString();
	}

	/** Asserts an RFC 9457 problem of this status naming this field, and returns it. */
	protected static JsonNode assertProblem(Http.Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("type").asString()).startsWith("urn:pccovid:problem:");
		assertThat(problem.get("detail").asString()).isNotBlank();
		if (field != null) {
			assertThat(problem.get("field").asString()).isEqualTo(field);
		}
		return problem;
	}
}
