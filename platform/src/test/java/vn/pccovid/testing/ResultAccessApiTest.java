package vn.pccovid.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Who sees a result: the person's phone (and nobody else's), staff of the person's area (audited), a lab only in its
 * area, and anyone with the sample code, CCCD and date of birth, within a quota per client address.
 */
@Import(SampleResultedRecorder.class)
class ResultAccessApiTest extends PlatformTest {

	@Autowired
	AuditLog auditLog;

	TestingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TestingFixtures(http(), access(), adminBearer());
	}

	private TestingFixtures.Tube negativeSample(Registered person) {
		String session = fixtures.session();
		TestingFixtures.Tube sample = fixtures.sample(session, person.cccd(), null);
		fixtures.receive(sample.barcode());
		fixtures.result(sample.barcode(), "NEGATIVE", null);
		return sample;
	}

	@Test
	void theResultsAreVisibleToThePersonsPhoneAndNotToAnotherPhone() {
		Registered person = fixtures.people.adultWithPhone();
		TestingFixtures.Tube sample = negativeSample(person);
		Http.Response mine = http().get("/api/v1/me/people/" + person.id() + "/results", "Authorization",
				fixtures.people.citizenBearer(person.phone()));
		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		assertThat(mine.json().get(0).get("sampleId").asString()).isEqualTo(sample.id());
		assertThat(mine.json().get(0).get("result").asString()).isEqualTo("NEGATIVE");
		assertThat(mine.json().get(0).get("testType").asString()).isEqualTo("RT_PCR");
		assertThat(mine.json().get(0).has("takenAt")).isTrue();

		Registered stranger = fixtures.people.adultWithPhone();
		Http.Response theirs = http().get("/api/v1/me/people/" + person.id() + "/results", "Authorization",
				fixtures.people.citizenBearer(stranger.phone()));
		assertProblem(theirs, 404, null);
		assertProblem(http().get("/api/v1/me/people/" + person.id() + "/results"), 401, null);
	}

	@Test
	void staffOfTheAreaReadResultsAuditedAndStaffElsewhereAreRefused() {
		Registered person = fixtures.people.adultWithPhone();
		negativeSample(person);
		String epidemiologist = access().bearer(Role.EPIDEMIOLOGIST, Scope.of(AreaCode.province("01")));
		Http.Response read = http().get("/api/v1/testing/people/" + person.id() + "/results", "Authorization", epidemiologist);
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		List<AuditEntry> about = auditLog.about(List.of(UUID.fromString(person.id())), null, 50);
		assertThat(about).anySatisfy(entry -> {
			assertThat(entry.what()).contains("test-results");
			assertThat(entry.purpose()).isEqualTo("case-investigation");
		});

		String elsewhere = access().bearer(Role.EPIDEMIOLOGIST, Scope.of(AreaCode.province("79")));
		assertProblem(http().get("/api/v1/testing/people/" + person.id() + "/results", "Authorization", elsewhere), 403, null);
		String labElsewhere = access().bearer(Role.LAB_TECHNICIAN, Scope.of(AreaCode.province("79")));
		TestingFixtures.Tube other = fixtures.sample(fixtures.session(), fixtures.people.adultWithPhone().cccd(), null);
		assertProblem(http().post("/api/v1/testing/samples/" + other.barcode() + "/receipt", "", "Authorization", labElsewhere),
				403, null);
		String venueOwner = access().bearer(Role.VENUE_OWNER, Scope.of(AreaCode.province("01")));
		assertProblem(http().get("/api/v1/testing/people/" + person.id() + "/results", "Authorization", venueOwner), 403, null);
	}

	@Test
	void aResultIsLookedUpWithoutAnAccountWithinAQuota() {
		Registered person = fixtures.people.adultWithPhone();
		TestingFixtures.Tube sample = negativeSample(person);
		String ip = CitizenSignIns.newIp();
		Http.Response found = http().post("/api/v1/testing/results/lookup", PeopleFixtures.json(Map.of("barcode", sample.barcode(),
				"cccd", person.cccd(), "dateOfBirth", person.dateOfBirth().toString())), "X-Forwarded-For", ip);
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(found.json().get("result").asString()).isEqualTo("NEGATIVE");

		Http.Response wrongBirth = http().post("/api/v1/testing/results/lookup", PeopleFixtures.json(Map.of("barcode",
				sample.barcode(), "cccd", person.cccd(), "dateOfBirth", "1990-03-06")), "X-Forwarded-For", ip);
		assertProblem(wrongBirth, 404, null);
		assertProblem(http().post("/api/v1/testing/results/lookup", PeopleFixtures.json(Map.of("barcode", "x", "cccd",
				person.cccd(), "dateOfBirth", "1990-03-05")), "X-Forwarded-For", ip), 400, "barcode");
		for (int i = 3; i < 10; i++) {
			http().post("/api/v1/testing/results/lookup", PeopleFixtures.json(Map.of("barcode", sample.barcode(), "cccd",
					person.cccd(), "dateOfBirth", "1990-03-06")), "X-Forwarded-For", ip);
		}
		Http.Response limited = http().post("/api/v1/testing/results/lookup", PeopleFixtures.json(Map.of("barcode",
				sample.barcode(), "cccd", person.cccd(), "dateOfBirth", person.dateOfBirth().toString())), "X-Forwarded-For", ip);
		assertProblem(limited, 429, null);
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);

		Http.Response otherAddress = http().post("/api/v1/testing/results/lookup", PeopleFixtures.json(Map.of("barcode",
				sample.barcode(), "cccd", person.cccd(), "dateOfBirth", person.dateOfBirth().toString())), "X-Forwarded-For",
				CitizenSignIns.newIp());
		assertThat(otherAddress.status()).isEqualTo(200);
		// Lookups are audited in batches written within about 50 ms.
		long deadline = System.currentTimeMillis() + 5_000;
		while (auditLog.about(List.of(UUID.fromString(person.id())), null, 50).stream()
				.noneMatch(entry -> "result-lookup".equals(entry.purpose())) && System.currentTimeMillis() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(auditLog.about(List.of(UUID.fromString(person.id())), null, 50))
				.anySatisfy(entry -> assertThat(entry.purpose()).isEqualTo("result-lookup"));
	}
}
