package vn.pccovid.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.support.PlatformTest;

/** A passage reaches every open feed of the checkpoint's province within a second, and no other province's. */
class RelayApiTest extends PlatformTest {

	@Test
	void aPassageIsRelayedToTheProvincesFeedsWithinASecond() throws Exception {
		String registrar = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		MovementFixtures fixtures = new MovementFixtures(http(), registrar, new PeopleFixtures(http(), registrar, adminBearer()));
		String checkpoint = fixtures.checkpoint(access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.PHUC_XA)), "Chốt A",
				PeopleFixtures.PHUC_XA);
		BlockingQueue<String> hanoi = open(access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.district("01", "002"))), null);
		BlockingQueue<String> saigon = open(access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("79"))), null);
		assertThat(hanoi.poll(5, TimeUnit.SECONDS)).as("the feed opens with an 'open' event").isEqualTo("event:open");
		assertThat(saigon.poll(5, TimeUnit.SECONDS)).isEqualTo("event:open");
		// The open event's data line may still be on its way: wait for it, so that nothing of the opening is left.
		assertThat(hanoi.poll(5, TimeUnit.SECONDS)).as("the open event's data").startsWith("data:");
		assertThat(saigon.poll(5, TimeUnit.SECONDS)).as("the open event's data").isEqualTo("data:79");
		hanoi.clear();
		saigon.clear();

		long passage = fixtures.scan(access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("01"))), checkpoint,
				"not-a-code", "30A12345").json().get("passage").asLong();
		// Measured from the scan's answer (the passage is committed by then): on a loaded test machine the request
		// itself may take longer than the relay.
		long answered = System.nanoTime();
		String data = null;
		while (data == null && System.nanoTime() - answered < Duration.ofSeconds(10).toNanos()) {
			String line = hanoi.poll(50, TimeUnit.MILLISECONDS);
			if (line != null && line.startsWith("data:") && line.contains("\"passage\":" + passage)) {
				data = line;
			}
		}
		long relayedMillis = (System.nanoTime() - answered) / 1_000_000;
		assertThat(data).as("relayed at all").isNotNull();
		assertThat(relayedMillis).as("relayed within a second of the scan's answer").isLessThan(1_000);
		assertThat(data).contains("\"decision\":\"DENY\"").contains("30A12345")
				.contains("Chốt A");
		assertThat(saigon.poll(300, TimeUnit.MILLISECONDS)).as("another province's feed stays quiet").isNull();
		assertProblem(http().get("/api/v1/movement/feed?province=79", "Authorization",
				access().bearer(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("01")))), 403, null);
	}

	/** Opens a feed and queues its non-empty lines (read on a thread of its own). */
	private BlockingQueue<String> open(String bearer, String province) throws Exception {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		HttpRequest request = HttpRequest.newBuilder(http().uri("/api/v1/movement/feed" + (province == null ? "" : "?province=" + province)))
				.header("Authorization", bearer).header("Accept", "text/event-stream").GET().build();
		HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					if (!line.isBlank()) {
						lines.add(line.replace("event: ", "event:").replace("data: ", "data:"));
					}
				}
			}
			catch (Exception e) {
				// The test ended and closed the connection.
			}
		});
		reader.setDaemon(true);
		reader.start();
		return lines;
	}
}
