package vn.pccovid.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/**
 * The first screen of a 100,000-person cluster's transmission graph over HTTP: {@code GET
 * /api/v1/tracing/clusters/{id}/graph} (aggregated by district, and by ward), the page's HTML and its
 * {@code graph.json} with a console session, and one expansion of a ward into its people. The cluster is generated in
 * SQL: one index case, every other person linked to an earlier one (F1 or F2), mostly in the same district as their
 * source (people infect their neighbours), in Hanoi's wards. Goal: first screen ≤ 1 s.
 */
final class TransmissionGraphBench implements BenchCase {

	static final int NODES = 100_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return "transmission-graph";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		Areas areas = platform.getBean(Areas.class);
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		Area hanoi = areas.find("01").orElseThrow();
		List<String> wards = new ArrayList<>();
		areas.childrenOf(hanoi).forEach(d -> areas.childrenOf(d).forEach(w -> wards.add(w.code().path())));
		UUID cluster = UUID.randomUUID();
		long started = System.nanoTime();
		generate(jdbc, cluster, wards);
		System.out.printf("transmission-graph: %,d-person cluster generated in %.1f s over %d wards%n", NODES,
				(System.nanoTime() - started) / 1e9, wards.size());

		String base = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
		String username = "bench-epi-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "bench-password-" + UUID.randomUUID();
		platform.getBean(StaffAccounts.class).openAsPlatform(new NewStaffAccount(username, "Benchmark epidemiologist", password,
				Set.of(Role.EPIDEMIOLOGIST), Scope.of(hanoi.code())));
		String bearer = bearer(base, username, password);
		HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).build();
		signIn(browser, base, username, password);

		String graph = base + "/api/v1/tracing/clusters/" + cluster + "/graph";
		JsonNode first = JSON.readTree(get(api, graph, bearer));
		System.out.printf("transmission-graph: first screen (district): %d nodes, %d edges, %d people%n", first.get("nodes").size(),
				first.get("edges").size(), first.get("people").asLong());
		if (first.get("people").asLong() != NODES) {
			throw new IllegalStateException("the first screen counts " + first.get("people") + " people, not " + NODES);
		}
		String someWard = first.get("nodes").get(0).get("area").asString();
		List<Result> results = new ArrayList<>();
		results.add(measure("first screen, API, by district", 30, () -> get(api, graph, bearer)));
		results.add(measure("first screen, API, by ward", 20, () -> get(api, graph + "?group=ward", bearer)));
		results.add(measure("page HTML /console/tracing/clusters/{id}", 30,
				() -> get(browser, base + "/console/tracing/clusters/" + cluster, null)));
		results.add(measure("page's graph.json (console session)", 30,
				() -> get(browser, base + "/console/tracing/clusters/" + cluster + "/graph.json", null)));
		JsonNode wardsScreen = JSON.readTree(get(api, graph + "?group=ward", bearer));
		String busiest = someWard;
		long most = -1;
		for (JsonNode node : wardsScreen.get("nodes")) {
			if (node.get("count").asLong() > most) {
				most = node.get("count").asLong();
				busiest = node.get("area").asString();
			}
		}
		String expand = graph + "?group=ward&expand=" + URLEncoder.encode(busiest, StandardCharsets.UTF_8) + "&limit=500";
		results.add(measure("expand the busiest ward (" + most + " people, limit 500)", 20, () -> get(api, expand, bearer)));
		return results;
	}

	interface Call {
		String call() throws Exception;
	}

	private static Result measure(String label, int rounds, Call call) throws Exception {
		for (int i = 0; i < 3; i++) {
			call.call();
		}
		double[] ms = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			call.call();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		double p50 = Stats.percentile(ms, 50);
		double p95 = Stats.percentile(ms, 95);
		System.out.printf("transmission-graph: %-50s p50 %.1f ms, p95 %.1f ms%n", label, p50, p95);
		return new Result(label + " — p95 (p50 " + String.format(java.util.Locale.ROOT, "%.0f", p50) + " ms), 100,000-person cluster",
				p95, "ms", "issue's goal (first screen)", 1000, false);
	}

	private static String get(HttpClient client, String url, String bearer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** One index case; person i (1…) got it from an earlier person, mostly in the same district; F1 near the root. */
	private static void generate(JdbcClient jdbc, UUID cluster, List<String> wards) {
		// a plain table: a temporary one would exist on one pooled connection only
		jdbc.sql("CREATE SCHEMA IF NOT EXISTS bench_cases").update();
		jdbc.sql("CREATE TABLE IF NOT EXISTS bench_cases.bench_graph_wards (n int PRIMARY KEY, path text COLLATE \"C\")").update();
		jdbc.sql("TRUNCATE bench_cases.bench_graph_wards").update();
		for (int i = 0; i < wards.size(); i++) {
			jdbc.sql("INSERT INTO bench_cases.bench_graph_wards VALUES (?, ?)").params(i, wards.get(i)).update();
		}
		// node i's source: i / 8 (a tree of fan-out 8, ≈ 6 levels); seven in ten of one source's contacts share a ward
		// (neighbours), the rest anywhere in Hanoi — computed from i alone so the rows are written in one statement.
		jdbc.sql("""
				INSERT INTO tracing.link (cluster_id, target, source, level, ward_path, run_id, at)
				SELECT :cluster, md5(CAST(:cluster AS text) || ':' || i)::uuid,
				       CASE WHEN i = 0 THEN NULL ELSE md5(CAST(:cluster AS text) || ':' || (i / 8))::uuid END,
				       CASE WHEN i = 0 THEN 'F0' WHEN i < 4681 THEN 'F1' ELSE 'F2' END,
				       w.path, NULL, now() - interval '10 days' + i * interval '5 seconds'
				FROM generate_series(CAST(0 AS bigint), :nodes - 1) AS g(i)
				JOIN bench_cases.bench_graph_wards w ON w.n = CASE WHEN i % 10 < 7 THEN ((i / 8) * 2654435761 % 4294967296) % :wards
				                                       ELSE (i * 40503) % :wards END""")
				.param("cluster", cluster).param("nodes", NODES).param("wards", wards.size()).update();
		jdbc.sql("VACUUM ANALYZE tracing.link").update();
	}

	private static String bearer(String base, String username, String password) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("username", username, "password", password))))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
		}
		return "Bearer " + JSON.readTree(response.body()).get("accessToken").asString();
	}

	/** Signs in on the console form, as a browser does, so the page and its graph.json are fetched with the session. */
	private static void signIn(HttpClient browser, String base, String username, String password) throws Exception {
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
				.matcher(get(browser, base + "/console/login", null));
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("console sign-in: " + response.statusCode() + " → " + location);
		}
	}
}
