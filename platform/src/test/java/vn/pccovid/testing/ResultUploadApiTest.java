package vn.pccovid.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
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
 * A CSV of results: every row checked with a per-row report; any bad row and nothing is applied (or, asked for,
 * only the good rows); uploading the same file again changes nothing and sends nothing.
 */
@Import(SampleResultedRecorder.class)
class ResultUploadApiTest extends PlatformTest {

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
	void aFileWithBadRowsAppliesNothingThenOnlyTheGoodRowsWhenAskedAndAReuploadChangesNothing() {
		String session = fixtures.session();
		Registered first = fixtures.people.adultWithPhone();
		Registered second = fixtures.people.adultWithPhone();
		Registered unreceived = fixtures.people.adultWithPhone();
		TestingFixtures.Tube a = fixtures.sample(session, first.cccd(), null);
		TestingFixtures.Tube b = fixtures.sample(session, second.cccd(), null);
		TestingFixtures.Tube c = fixtures.sample(session, unreceived.cccd(), null);
		fixtures.receive(a.barcode());
		fixtures.receive(b.barcode());
		String good = "barcode,result,ct,tested_at\n" + a.barcode() + ",POSITIVE,22.5,2021-09-15\n" + b.barcode() + ",negative,,\n";
		String bad = "S0000000000Z,NEGATIVE,,\n" + c.barcode() + ",NEGATIVE,,\n" + a.barcode() + ",NEGATIVE,,\n" + b.barcode()
				+ ",POSITIVE,99,\nnot-a-code,NEGATIVE,,\n";

		JsonNode rejected = upload(good + bad, false);
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("total").asInt()).isEqualTo(7);
		assertThat(rejected.get("applied").asInt()).isZero();
		assertThat(rows(rejected)).containsExactly("4:barcode", "5:barcode", "6:barcode", "7:barcode", "8:barcode");
		assertThat(fixtures.staffResults(first.id()).get(0).get("result").asString()).isEqualTo("PENDING");
		assertThat(messages(first.id())).isEmpty();
		assertThat(events.about(first.id())).isEmpty();

		JsonNode partial = upload(good + bad, true);
		assertThat(partial.get("status").asString()).isEqualTo("DONE");
		assertThat(partial.get("applied").asInt()).isEqualTo(2);
		assertThat(rows(partial)).hasSize(5);
		assertThat(fixtures.staffResults(first.id()).get(0).get("result").asString()).isEqualTo("POSITIVE");
		assertThat(fixtures.staffResults(first.id()).get(0).get("ct").asDouble()).isEqualTo(22.5);
		assertThat(fixtures.staffResults(second.id()).get(0).get("result").asString()).isEqualTo("NEGATIVE");
		assertThat(fixtures.staffResults(unreceived.id()).get(0).get("result").asString()).isEqualTo("PENDING");

		JsonNode again = upload(good, false);
		assertThat(again.get("status").asString()).isEqualTo("DONE");
		assertThat(again.get("applied").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(messages(first.id())).containsExactly("testing.result:" + a.id());
		assertThat(messages(second.id())).containsExactly("testing.result:" + b.id());
		assertThat(events.about(first.id())).hasSize(1);
	}

	@Test
	void aFileWithTheWrongHeaderIsRejectedAndAnEmptyBodyIsABadRequest() {
		JsonNode rejected = upload("code,outcome\nS0000000000Z,NEGATIVE\n", false);
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rows(rejected)).containsExactly("1:header");
		Http.Response empty = http().send(HttpRequest.newBuilder(http().uri("/api/v1/testing/results/uploads"))
				.header("Content-Type", "text/csv").header("Authorization", fixtures.lab).POST(HttpRequest.BodyPublishers.ofString("")));
		assertProblem(empty, 400, "file");
	}

	private JsonNode upload(String csv, boolean goodRows) {
		Http.Response started = http().send(HttpRequest.newBuilder(http().uri("/api/v1/testing/results/uploads?goodRows=" + goodRows))
				.header("Content-Type", "text/csv").header("Authorization", fixtures.lab)
				.POST(HttpRequest.BodyPublishers.ofString(csv)));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String location = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode job = http().get(location, "Authorization", fixtures.lab).json();
			String status = job.get("status").asString();
			if (status.equals("DONE") || status.equals("REJECTED") || status.equals("FAILED")) {
				return job;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("upload did not finish");
	}

	private static List<String> rows(JsonNode job) {
		List<String> rows = new java.util.ArrayList<>();
		job.get("errors").forEach(e -> rows.add(e.get("row").asInt() + ":" + e.get("field").asString()));
		return rows;
	}

	private List<String> messages(String personId) {
		return jdbc.sql("SELECT idempotency_key FROM notification.notification WHERE person_id = ?::uuid AND kind LIKE 'testing.%' ORDER BY id")
				.param(personId).query(String.class).list();
	}
}
