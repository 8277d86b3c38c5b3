package vn.pccovid.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The case list over HTTP ({@code GET /api/v1/cases?status=&area=&after=&limit=}) on 1 M cases and 5 M contacts
 * (generated in SQL with {@code generate_series}), with staff tokens of a province, a district and a ward scope, with
 * and without status and area filters, following {@code next} for several pages. Goal: p95 ≤ 100 ms per page. Every
 * page is audited synchronously (one durable insert of the page's subjects, in the read's transaction).
 */
final class CaseListBench implements BenchCase {

	static final int CASES = 1_000_000;
	static final int CONTACTS = 5_000_000;
	static final int RUNS = 10_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return "case-list";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		Areas areas = platform.getBean(Areas.class);
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		Area hanoi = areas.find("01").orElseThrow();
		List<Area> districts = areas.childrenOf(hanoi);
		Area district = districts.get(0);
		Area ward = areas.childrenOf(district).get(0);
		List<String> wardPaths = new ArrayList<>();
		districts.forEach(d -> areas.childrenOf(d).forEach(w -> wardPaths.add(w.code().path())));
		// a quarter of the cases elsewhere in the country (first ward of each other district)
		List<String> elsewhere = new ArrayList<>();
		areas.provinces().stream().filter(p -> !p.equals(hanoi)).forEach(p -> areas.childrenOf(p)
				.forEach(d -> areas.childrenOf(d).stream().findFirst().ifPresent(w -> elsewhere.add(w.code().path()))));
		long started = System.nanoTime();
		generate(jdbc, wardPaths, elsewhere);
		System.out.printf("case-list: %,d cases and %,d contacts generated in %.1f s (%d Hanoi wards, %d elsewhere)%n", CASES,
				CONTACTS, (System.nanoTime() - started) / 1e9, wardPaths.size(), elsewhere.size());

		String base = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
		String province = token(platform, base, Role.EPIDEMIOLOGIST, Scope.of(hanoi.code()));
		String inDistrict = token(platform, base, Role.HEALTH_WORKER, Scope.of(district.code()));
		String police = token(platform, base, Role.WARD_POLICE, Scope.of(ward.code()));
		String otherWard = areas.childrenOf(district).get(1).code().value();
		List<Query> queries = List.of(
				new Query("province, no filter", province, ""),
				new Query("province, status=F0", province, "status=F0"),
				new Query("province, status=QUARANTINED", province, "status=QUARANTINED"),
				new Query("province, area=district, status=F1", province, "area=" + district.code().value() + "&status=F1"),
				new Query("district, no filter", inDistrict, ""),
				new Query("district, status=HOSPITALISED", inDistrict, "status=HOSPITALISED"),
				new Query("district, area=ward, status=F0", inDistrict, "area=" + otherWard + "&status=F0"),
				new Query("ward police, no filter", police, ""),
				new Query("ward police, status=F2", police, "status=F2"));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// warm-up
		for (Query q : queries) {
			pages(client, base, q, 3, null);
		}
		List<Double> all = new ArrayList<>();
		List<Result> results = new ArrayList<>();
		for (Query q : queries) {
			List<Double> latencies = new ArrayList<>();
			for (int round = 0; round < 8; round++) {
				pages(client, base, q, 5, latencies);
			}
			all.addAll(latencies);
			double[] samples = latencies.stream().mapToDouble(Double::doubleValue).toArray();
			System.out.printf("case-list: %-40s p50 %.1f ms, p95 %.1f ms (%d pages)%n", q.label(), Stats.percentile(samples, 50),
					Stats.percentile(samples, 95), samples.length);
		}
		explain(jdbc, hanoi.code().path(), district.code().path(), ward.code().path());
		double[] samples = all.stream().mapToDouble(Double::doubleValue).toArray();
		results.add(new Result("case list page (limit 50) over HTTP, 1M cases / 5M contacts, 9 scope × filter mixes, 5 pages deep: p50",
				Stats.percentile(samples, 50), "ms", "issue's goal (p95 per page)", 100, false));
		results.add(new Result("same, p95 (" + samples.length + " pages)", Stats.percentile(samples, 95), "ms",
				"issue's goal (p95 per page)", 100, false));
		return results;
	}

	record Query(String label, String bearer, String filter) {
	}

	/** Fetches {@code depth} pages following {@code next}; adds each page's latency (ms) when asked. */
	private static void pages(HttpClient client, String base, Query q, int depth, List<Double> latencies) throws Exception {
		String after = null;
		for (int page = 0; page < depth; page++) {
			String url = base + "/api/v1/cases?limit=50" + (q.filter().isEmpty() ? "" : "&" + q.filter())
					+ (after == null ? "" : "&after=" + after);
			long t = System.nanoTime();
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", q.bearer())
					.GET().build(), HttpResponse.BodyHandlers.ofString());
			double ms = (System.nanoTime() - t) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(q.label() + ": " + response.statusCode() + " " + response.body());
			}
			if (latencies != null) {
				latencies.add(ms);
			}
			JsonNode body = JSON.readTree(response.body());
			if (body.get("items").size() == 0) {
				throw new IllegalStateException(q.label() + ": empty page " + page);
			}
			JsonNode next = body.get("next");
			if (next == null || next.isNull()) {
				break;
			}
			after = next.asString();
		}
	}

	/** Prints the plans of the list's query forms (as {@code CaseRecords.list} writes them): each should walk an index in seq order. */
	private static void explain(JdbcClient jdbc, String province, String district, String ward) {
		String[][] forms = {
				{ "province", "province_code = '" + province + "'" },
				{ "province + state", "province_code = '" + province + "' AND state = 'QUARANTINED'" },
				{ "district + level", "district_path = '" + district + "' AND level = 'F0'" },
				{ "district + state", "district_path = '" + district + "' AND state = 'HOSPITALISED'" },
				{ "ward + level", "ward_path = '" + ward + "' AND level = 'F2'" } };
		for (String[] form : forms) {
			List<String> plan = jdbc.sql("EXPLAIN (ANALYZE, COSTS OFF) SELECT id FROM cases.case_record WHERE " + form[1]
					+ " AND seq < 900000 ORDER BY seq DESC LIMIT 51").query(String.class).list();
			System.out.println("case-list: plan, " + form[0] + ":");
			plan.forEach(line -> System.out.println("    " + line));
		}
	}

	/**
	 * 1 M cases (a quarter F0, a half F1, a fifth F2, the rest suspected) and 5 M contacts of 10,000 runs, in SQL. Ids
	 * are made in ascending order (not random) so that the durable load appends to the primary keys instead of
	 * rewriting random B-tree pages — minutes saved on this machine; the lists never look at the ids' order.
	 */
	private static void generate(JdbcClient jdbc, List<String> wards, List<String> elsewhere) {
		// a plain table: a temporary one would exist on one pooled connection only
		jdbc.sql("CREATE SCHEMA IF NOT EXISTS bench_cases").update();
		jdbc.sql("CREATE TABLE IF NOT EXISTS bench_cases.bench_wards (n int PRIMARY KEY, path text COLLATE \"C\")").update();
		jdbc.sql("TRUNCATE bench_cases.bench_wards").update();
		List<String> all = new ArrayList<>(wards);
		all.addAll(elsewhere);
		for (int i = 0; i < all.size(); i++) {
			jdbc.sql("INSERT INTO bench_cases.bench_wards VALUES (?, ?)").params(i, all.get(i)).update();
		}
		// The tables' own indexes are dropped for the load and built again after it, by their own definitions: building
		// an index once over sorted keys is many times faster than millions of random inserts into it.
		List<String> indexes = new ArrayList<>();
		for (String table : List.of("cases.case_record", "tracing.contact")) {
			indexes.addAll(jdbc.sql("SELECT i.indexdef FROM pg_indexes i WHERE i.schemaname || '.' || i.tablename = ?"
					+ " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)").param(table)
					.query(String.class).list());
		}
		for (String definition : indexes) {
			jdbc.sql("DROP INDEX " + definition.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON (\\w+)\\..*$", "$3.$2")).update();
		}
		// three cases in four in Hanoi's wards, the rest spread over one ward per district elsewhere
		jdbc.sql("""
				INSERT INTO cases.case_record (id, person, level, state, since, opened_at, ward_path, reference_date, first_positive_on)
				SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
				       ('00000000-0000-4000-9000-' || lpad(to_hex(i), 12, '0'))::uuid, lv.level, lv.state, t.at, t.at, w.path, t.at::date,
				       CASE WHEN lv.level = 'F0' THEN t.at::date END
				FROM generate_series(CAST(1 AS bigint), :cases) AS g(i)
				CROSS JOIN LATERAL (SELECT now() - ((:cases - i)::double precision / :cases) * interval '120 days' AS at) t
				CROSS JOIN LATERAL (SELECT CASE WHEN i % 4 = 3 THEN :hanoi + (i * 7919) % :elsewhere ELSE (i * 104729) % :hanoi END AS n) pick
				JOIN bench_cases.bench_wards w ON w.n = pick.n
				CROSS JOIN LATERAL (SELECT CASE
				    WHEN i % 20 < 5 THEN 'F0' WHEN i % 20 < 15 THEN 'F1' WHEN i % 20 < 19 THEN 'F2' ELSE 'SUSPECTED' END AS level) l
				CROSS JOIN LATERAL (SELECT l.level, CASE
				    WHEN l.level = 'F0' THEN (ARRAY['CONFIRMED','ISOLATING_HOME','ISOLATING_FACILITY','HOSPITALISED','RECOVERED','RECOVERED','RECOVERED','DECEASED'])[1 + (i / 20) % 8]
				    WHEN l.level = 'SUSPECTED' THEN (ARRAY['SUSPECTED','CLEARED'])[1 + (i / 20) % 2]
				    -- quarantine ends after 7 (F2) or 14 (F1) days: older ones are cleared, or the clearance job would
				    -- clear them during the run
				    WHEN t.at > now() - interval '6 days' AND (i / 20) % 3 > 0 THEN 'QUARANTINED'
				    ELSE 'CLEARED' END AS state) lv
				ORDER BY i""").param("cases", CASES).param("hanoi", wards.size()).param("elsewhere", elsewhere.size()).update();
		jdbc.sql("""
				INSERT INTO tracing.run (id, case_id, person, ward_path, cluster_id, status, automatic, requested_by, requested_at,
				                         finished_at, window_from, window_to, f1_count, f2_count)
				SELECT ('00000000-0000-4000-a000-' || lpad(to_hex(n), 12, '0'))::uuid, gen_random_uuid(), gen_random_uuid(), '01',
				       gen_random_uuid(), 'DONE', true, 'bench', now(), now(), now() - interval '5 days', now(), 100, 400
				FROM generate_series(1, :runs) AS g(n)""").param("runs", RUNS).update();
		jdbc.sql("""
				INSERT INTO tracing.contact (run_id, person, level, first_contact, evidence, evidence_count, decision)
				SELECT r.id, ('00000000-0000-4000-b000-' || lpad(to_hex(k), 12, '0'))::uuid, CASE WHEN k <= 100 THEN 'F1' ELSE 'F2' END,
				       now() - interval '2 days',
				       '[{"kind":"HOUSEHOLD","ward":"01.001.00001"}]'::jsonb, 1, 'PENDING'
				FROM tracing.run r CROSS JOIN generate_series(1, :per) AS k
				WHERE r.requested_by = 'bench'
				ORDER BY r.id, k""").param("per", CONTACTS / RUNS).update();
		for (String definition : indexes) {
			jdbc.sql(definition).update();
		}
		jdbc.sql("VACUUM ANALYZE cases.case_record").update();
		jdbc.sql("VACUUM ANALYZE tracing.contact").update();
	}

	/** A bearer header of a new account holding the role in the scope. */
	static String token(ConfigurableApplicationContext platform, String base, Role role, Scope scope) throws Exception {
		String username = "bench-" + role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "bench-password-" + UUID.randomUUID();
		platform.getBean(StaffAccounts.class).openAsPlatform(new NewStaffAccount(username, "Benchmark account", password, Set.of(role), scope));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("username", username, "password", password))))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
		}
		return "Bearer " + JSON.readTree(response.body()).get("accessToken").asString();
	}
}
