package vn.pccovid.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** The transmission graph of a generated cluster: counts by area first, people of one area on demand. */
class GraphApiTest extends PlatformTest {

	static final List<AreaCode> WARDS = List.of(AreaCode.ward("01", "001", "00001"), AreaCode.ward("01", "001", "00004"),
			AreaCode.ward("01", "002", "00037"), AreaCode.ward("79", "760", "26734"));

	@Autowired
	Links links;

	/** A tree of {@code size} people: an F0 in the first ward, F1s and F2s spread over the wards. */
	UUID generate(int size, int[] perWard) {
		UUID cluster = UUID.randomUUID();
		Random random = new Random(42);
		List<UUID> people = new ArrayList<>();
		UUID root = UUID.randomUUID();
		links.link(cluster, root, null, "F0", WARDS.get(0), null, Instant.now());
		people.add(root);
		perWard[0]++;
		for (int i = 1; i < size; i++) {
			UUID person = UUID.randomUUID();
			int ward = random.nextInt(WARDS.size());
			UUID source = people.get(random.nextInt(Math.min(people.size(), 50)));
			links.link(cluster, person, source, i < 50 ? "F1" : "F2", WARDS.get(ward), null, Instant.now());
			people.add(person);
			perWard[ward]++;
		}
		return cluster;
	}

	@Test
	void theFirstScreenCountsByAreaAndAnAreaExpandsIntoItsPeople() {
		int[] perWard = new int[WARDS.size()];
		UUID cluster = generate(3000, perWard);
		String epidemiologist = access().bearer(Role.EPIDEMIOLOGIST, Scope.of(AreaCode.district("01", "001")));

		JsonNode districts = http().get("/api/v1/tracing/clusters/" + cluster + "/graph", "Authorization", epidemiologist).json();
		assertThat(districts.get("people").asLong()).isEqualTo(3000);
		assertThat(districts.get("group").asString()).isEqualTo("district");
		assertThat(districts.get("nodes").valueStream().map(n -> n.get("id").asString()))
				.containsExactlyInAnyOrder("area:01.001", "area:01.002", "area:79.760");
		JsonNode baDinh = districts.get("nodes").valueStream().filter(n -> n.get("id").asString().equals("area:01.001")).findFirst().orElseThrow();
		assertThat(baDinh.get("count").asLong()).isEqualTo(perWard[0] + perWard[1]);
		assertThat(baDinh.get("levels").get("F0").asLong()).isEqualTo(1);
		assertThat(baDinh.get("label").asString()).contains("Ba Đình");
		long linked = districts.get("edges").valueStream().mapToLong(e -> e.get("count").asLong()).sum();
		assertThat(linked).as("every link but the index case's is in one aggregated edge").isEqualTo(2999);

		JsonNode wards = http().get("/api/v1/tracing/clusters/" + cluster + "/graph?group=ward", "Authorization", epidemiologist).json();
		assertThat(wards.get("nodes")).hasSize(4);

		JsonNode expanded = http().get("/api/v1/tracing/clusters/" + cluster + "/graph?expand=01.001.00004&limit=2000", "Authorization",
				epidemiologist).json();
		long people = expanded.get("nodes").valueStream().filter(n -> n.get("kind").asString().equals("PERSON")).count();
		assertThat(people).isEqualTo(perWard[1]);
		assertThat(expanded.get("truncated").asBoolean()).isFalse();
		assertThat(expanded.get("edges").size()).isEqualTo((int) people);
		JsonNode few = http().get("/api/v1/tracing/clusters/" + cluster + "/graph?expand=01.001.00004&limit=10", "Authorization",
				epidemiologist).json();
		assertThat(few.get("truncated").asBoolean()).isTrue();

		Http.Response outside = http().get("/api/v1/tracing/clusters/" + cluster + "/graph?expand=79.760", "Authorization", epidemiologist);
		assertProblem(outside, 403, null);
		assertProblem(http().get("/api/v1/tracing/clusters/" + cluster + "/graph?group=street", "Authorization", epidemiologist), 400, "group");
		assertProblem(http().get("/api/v1/tracing/clusters/" + UUID.randomUUID() + "/graph", "Authorization", epidemiologist), 404, null);
		assertThat(http().get("/api/v1/tracing/clusters", "Authorization", epidemiologist).json().valueStream()
				.map(c -> c.get("id").asString())).contains(cluster.toString());
	}
}
