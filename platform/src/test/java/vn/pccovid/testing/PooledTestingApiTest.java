package vn.pccovid.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/**
 * Pooled testing end to end over HTTP: a negative pool decides for its members, a positive one orders re-tests whose
 * individual results decide; the pool size is limited; every result is delivered exactly once and published once.
 */
@Import(SampleResultedRecorder.class)
class PooledTestingApiTest extends PlatformTest {

	@Autowired
	SampleResultedRecorder events;

	@Autowired
	JdbcClient jdbc;

	TestingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TestingFixtures(http(), access(), adminBearer());
	}

	@Test
	void aNegativePoolMakesEveryMemberNegative() {
		String session = fixtures.session();
		TestingFixtures.Tube pool = fixtures.pool(session);
		List<Registered> people = new ArrayList<>();
		List<TestingFixtures.Tube> samples = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Registered person = fixtures.people.adultWithPhone();
			people.add(person);
			samples.add(fixtures.sample(session, person.cccd(), pool.id()));
		}
		assertThat(fixtures.staffResults(people.get(0).id()).get(0).get("result").asString()).isEqualTo("PENDING");
		fixtures.receive(pool.barcode());

		Http.Response recorded = fixtures.result(pool.barcode(), "NEGATIVE", null);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("members").asInt()).isEqualTo(3);

		for (int i = 0; i < 3; i++) {
			JsonNode history = fixtures.staffResults(people.get(i).id());
			assertThat(history).hasSize(1);
			assertThat(history.get(0).get("result").asString()).isEqualTo("NEGATIVE");
			assertThat(history.get(0).get("pooled").asBoolean()).isTrue();
			assertThat(history.get(0).get("site").asString()).isEqualTo("Trạm Y tế phường Phúc Xá");
			assertThat(history.get(0).get("laboratory").asString()).startsWith("Phòng xét nghiệm");
			assertThat(events.about(people.get(i).id())).singleElement()
					.satisfies(e -> assertThat(e.outcome()).isEqualTo(TestOutcome.NEGATIVE));
			assertThat(messages(people.get(i).id())).containsExactly("testing.result:" + samples.get(i).id());
		}
	}

	@Test
	void aPositivePoolOrdersRetestsAndTheIndividualResultsDecide() {
		String session = fixtures.session();
		TestingFixtures.Tube pool = fixtures.pool(session);
		List<Registered> people = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Registered person = fixtures.people.adultWithPhone();
			people.add(person);
			fixtures.sample(session, person.cccd(), pool.id());
		}
		fixtures.receive(pool.barcode());
		assertThat(fixtures.result(pool.barcode(), "POSITIVE", 24.5).status()).isEqualTo(200);

		for (Registered person : people) {
			JsonNode row = fixtures.staffResults(person.id()).get(0);
			assertThat(row.get("result").asString()).isEqualTo("RETEST_REQUIRED");
			assertThat(row.get("retestOrder").get("site").asString()).isEqualTo("Trạm Y tế phường Phúc Xá");
			assertThat(row.get("retestOrder").get("hours").asString()).isEqualTo("7:30–16:30");
			assertThat(events.about(person.id())).as("a positive pool publishes nothing for its members").isEmpty();
			assertThat(messages(person.id())).singleElement().asString().startsWith("testing.retest:");
		}

		String retestSession = fixtures.session();
		for (int i = 0; i < 5; i++) {
			TestingFixtures.Tube retest = fixtures.sample(retestSession, people.get(i).cccd(), null);
			fixtures.receive(retest.barcode());
			assertThat(fixtures.result(retest.barcode(), i == 0 ? "POSITIVE" : "NEGATIVE", i == 0 ? 21.0 : null).status())
					.isEqualTo(200);
		}
		for (int i = 0; i < 5; i++) {
			JsonNode history = fixtures.staffResults(people.get(i).id());
			assertThat(history).hasSize(2);
			assertThat(history.get(0).get("result").asString()).isEqualTo(i == 0 ? "POSITIVE" : "NEGATIVE");
			assertThat(history.get(0).get("pooled").asBoolean()).isFalse();
			assertThat(history.get(1).get("result").asString()).as("the history keeps the pool's result").isEqualTo("POOL_POSITIVE");
			assertThat(history.get(1).has("retestOrder")).isFalse();
			assertThat(events.about(people.get(i).id())).singleElement().satisfies(e -> assertThat(e.outcome())
					.isEqualTo(e.person().toString().equals(people.get(0).id()) ? TestOutcome.POSITIVE : TestOutcome.NEGATIVE));
			assertThat(messages(people.get(i).id())).hasSize(2);
		}
		assertThat(events.about(people.get(0).id()).get(0).ct()).isEqualTo(21.0);
	}

	@Test
	void aPoolTakesAtMostTheConfiguredNumberOfPeople() {
		String session = fixtures.session();
		TestingFixtures.Tube pool = fixtures.pool(session);
		for (int i = 0; i < 10; i++) {
			fixtures.sample(session, fixtures.people.adultWithPhone().cccd(), pool.id());
		}
		Http.Response eleventh = fixtures.takeSample(session, fixtures.people.adultWithPhone().cccd(), pool.id());
		assertProblem(eleventh, 409, "poolId");
	}

	@Test
	void aPersonIsPooledOnceAndAReceivedPoolTakesNoMore() {
		String session = fixtures.session();
		TestingFixtures.Tube pool = fixtures.pool(session);
		Registered person = fixtures.people.adultWithPhone();
		fixtures.sample(session, person.cccd(), pool.id());
		assertProblem(fixtures.takeSample(session, person.cccd(), pool.id()), 409, "poolId");
		fixtures.receive(pool.barcode());
		assertProblem(fixtures.takeSample(session, fixtures.people.adultWithPhone().cccd(), pool.id()), 409, "poolId");
	}

	@Test
	void aResultIsDeliveredExactlyOnceHoweverOftenItIsRecorded() {
		String session = fixtures.session();
		Registered person = fixtures.people.adultWithPhone();
		TestingFixtures.Tube sample = fixtures.sample(session, person.cccd(), null);
		fixtures.receive(sample.barcode());
		fixtures.receive(sample.barcode());
		assertThat(fixtures.result(sample.barcode(), "NEGATIVE", null).json().get("applied").asBoolean()).isTrue();
		Http.Response again = fixtures.result(sample.barcode(), "NEGATIVE", null);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("applied").asBoolean()).isFalse();
		assertProblem(fixtures.result(sample.barcode(), "POSITIVE", 20.0), 409, "result");

		assertThat(messages(person.id())).containsExactly("testing.result:" + sample.id());
		assertThat(events.about(person.id())).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM notification.delivery WHERE person_id = ?::uuid").param(person.id())
				.query(Long.class).single()).as("one SMS to the person's phone").isEqualTo(1);
	}

	@Test
	void aResultForATubeTheLabHasNotReceivedIsRefused() {
		String session = fixtures.session();
		Registered person = fixtures.people.adultWithPhone();
		TestingFixtures.Tube sample = fixtures.sample(session, person.cccd(), null);
		assertProblem(fixtures.result(sample.barcode(), "POSITIVE", null), 409, "barcode");
		assertThat(fixtures.staffResults(person.id()).get(0).get("result").asString()).isEqualTo("PENDING");
		assertThat(messages(person.id())).isEmpty();
	}

	@Test
	void aPoolMembersOwnLabelTakesNoResultAndCtIsChecked() {
		String session = fixtures.session();
		TestingFixtures.Tube pool = fixtures.pool(session);
		TestingFixtures.Tube member = fixtures.sample(session, fixtures.people.adultWithPhone().cccd(), pool.id());
		assertProblem(http().post("/api/v1/testing/samples/" + member.barcode() + "/receipt", "", "Authorization", fixtures.lab),
				409, "barcode");
		fixtures.receive(pool.barcode());
		assertProblem(fixtures.result(member.barcode(), "NEGATIVE", null), 409, "barcode");
		assertProblem(fixtures.result(pool.barcode(), "POSITIVE", 46.0), 400, "ct");
		assertProblem(fixtures.result(pool.barcode(), "POSITIVE", 0.0), 400, "ct");
		assertProblem(fixtures.result(pool.barcode(), "MAYBE", null), 400, "result");
		assertProblem(fixtures.result("S0000000000Z", "NEGATIVE", null), 404, null);
	}

	private List<String> messages(String personId) {
		return jdbc.sql("SELECT idempotency_key FROM notification.notification WHERE person_id = ?::uuid AND kind LIKE 'testing.%' ORDER BY id")
				.param(personId).query(String.class).list();
	}
}
