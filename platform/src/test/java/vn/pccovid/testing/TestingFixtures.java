package vn.pccovid.testing;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Http;

/**
 * SamplingSites, sessions, pools, samples and results over HTTP for the testing tests: a health worker and a lab technician
 * of Ba Đình (Hà Nội), people registered in Phúc Xá with a phone of their own.
 */
final class TestingFixtures {

	static final AreaCode PHUC_XA = PeopleFixtures.PHUC_XA;
	static final AreaCode BA_DINH = PHUC_XA.parent();

	final Http http;
	final PeopleFixtures people;
	final String healthWorker;
	final String lab;

	TestingFixtures(Http http, AccessFixtures access, String adminBearer) {
		this.http = http;
		this.people = new PeopleFixtures(http, access.bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer);
		this.healthWorker = access.bearer(Role.HEALTH_WORKER, Scope.of(BA_DINH));
		this.lab = access.bearer(Role.LAB_TECHNICIAN, Scope.of(BA_DINH));
	}

	/** A labelled tube: id and barcode. */
	record Tube(String id, String barcode) {
	}

	/** A site in Phúc Xá with today's session; answers the session id. */
	String session() {
		Http.Response site = http.post("/api/v1/testing/sites", PeopleFixtures.json(Map.of("name", "Trạm Y tế phường Phúc Xá",
				"wardCode", PHUC_XA.value(), "hours", "7:30–16:30")), "Authorization", healthWorker);
		check(site, 201);
		Http.Response session = http.post("/api/v1/testing/sessions",
				PeopleFixtures.json(Map.of("siteId", site.json().get("id").asString())), "Authorization", healthWorker);
		check(session, 201);
		return session.json().get("id").asString();
	}

	Tube pool(String session) {
		Http.Response pool = http.post("/api/v1/testing/pools",
				PeopleFixtures.json(Map.of("sessionId", session, "testType", "RT_PCR")), "Authorization", healthWorker);
		check(pool, 201);
		return tube(pool.json());
	}

	Http.Response takeSample(String session, String cccd, String poolId) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("cccd", cccd);
		body.put("testType", "RT_PCR");
		body.put("sessionId", session);
		if (poolId != null) {
			body.put("poolId", poolId);
		}
		return http.post("/api/v1/testing/samples", PeopleFixtures.json(body), "Authorization", healthWorker);
	}

	Tube sample(String session, String cccd, String poolId) {
		Http.Response sample = takeSample(session, cccd, poolId);
		check(sample, 201);
		return tube(sample.json());
	}

	void receive(String barcode) {
		check(http.post("/api/v1/testing/samples/" + barcode + "/receipt", "", "Authorization", lab), 200);
	}

	Http.Response result(String barcode, String result, Double ct) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("barcode", barcode);
		body.put("result", result);
		if (ct != null) {
			body.put("ct", ct);
		}
		return http.post("/api/v1/testing/results", PeopleFixtures.json(body), "Authorization", lab);
	}

	/** The person's results as staff of the area see them. */
	JsonNode staffResults(String personId) {
		Http.Response response = http.get("/api/v1/testing/people/" + personId + "/results", "Authorization", healthWorker);
		check(response, 200);
		return response.json();
	}

	static Tube tube(JsonNode json) {
		return new Tube(json.get("id").asString(), json.get("barcode").asString());
	}

	static void check(Http.Response response, int status) {
		if (response.status() != status) {
			throw new AssertionError("expected " + status + ": " + response.status() + " " + response.body());
		}
	}
}
