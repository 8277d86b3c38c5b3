package vn.pccovid.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.access.Role;
import vn.pccovid.registry.internal.PopulationCopy;
import vn.pccovid.registry.internal.demo.PopulationGenerator;

/**
 * Bulk result upload applied end to end: a CSV of 50,000 results (1 % positive) for received samples of registered
 * people, uploaded over HTTP as a laboratory and timed until the job is DONE — validation, state changes, inbox rows,
 * SMS delivery rows and {@code SampleResulted} events included. Baselines in the same run: PostgreSQL {@code COPY} of
 * the same rows into a scratch table of the same width (4 columns), and the same kind of result sent one by one over
 * HTTP ({@code POST /api/v1/testing/results}, one client, keep-alive) for 1,000 other samples.
 */
final class ResultsUploadBench implements BenchCase {

	private static final int ROWS = 50_000;
	private static final int ONE_BY_ONE = 1_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return "results-upload";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		DataSource dataSource = platform.getBean(DataSource.class);
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		int people = ROWS + ONE_BY_ONE;
		if (RegistryPopulation.count(platform) < people) {
			PopulationGenerator.Population population = RegistryPopulation.generator(platform, people).generateAll();
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				PopulationCopy.load(connection, population.households(), population.citizens());
				connection.commit();
			}
		}
		List<String[]> persons = jdbc.sql("SELECT id::text, area_path FROM registry.citizen ORDER BY id LIMIT ?").param(people)
				.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		String prefix = Long.toString(System.nanoTime() % 1_000_000_000L);
		List<String> barcodes = samples(dataSource, jdbc, persons, prefix);
		int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
		String base = "http://127.0.0.1:" + port;
		String lab = RegistryVerifyBench.token(platform, base, Role.LAB_TECHNICIAN);

		StringBuilder csv = new StringBuilder("barcode,result,ct,tested_at\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append(barcodes.get(i)).append(i % 100 == 0 ? ",POSITIVE,21.5," : ",NEGATIVE,,").append("2021-09-15\n");
		}

		long started = System.nanoTime();
		try (KeepAliveClient client = new KeepAliveClient(port)) {
			for (int i = ROWS; i < people; i++) {
				int status = client.postJson("/api/v1/testing/results", lab,
						"{\"barcode\":\"" + barcodes.get(i) + "\",\"result\":\"NEGATIVE\"}");
				if (status != 200) {
					throw new IllegalStateException("one-by-one result: " + status);
				}
			}
		}
		double oneByOne = ONE_BY_ONE / ((System.nanoTime() - started) / 1e9);

		String body = csv.toString();
		String copyRows = body.substring(body.indexOf('\n') + 1);
		jdbc.sql("CREATE TABLE IF NOT EXISTS public.bench_results_scratch (barcode text, result text, ct numeric(4, 1), tested_at timestamptz)")
				.update();
		started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.unwrap(PGConnection.class).getCopyAPI()
					.copyIn("COPY public.bench_results_scratch FROM STDIN (FORMAT csv)", new StringReader(copyRows));
			connection.commit();
		}
		double copy = ROWS / ((System.nanoTime() - started) / 1e9);
		jdbc.sql("DROP TABLE public.bench_results_scratch").update();

		HttpClient http = HttpClient.newHttpClient();
		started = System.nanoTime();
		HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/testing/results/uploads"))
				.header("Content-Type", "text/csv").header("Authorization", lab)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (accepted.statusCode() != 202) {
			throw new IllegalStateException("upload: " + accepted.statusCode() + " " + accepted.body());
		}
		URI job = URI.create(base + accepted.headers().firstValue("Location").orElseThrow());
		JsonNode report;
		do {
			Thread.sleep(20);
			report = JSON.readTree(http.send(HttpRequest.newBuilder(job).header("Authorization", lab).build(),
					HttpResponse.BodyHandlers.ofString()).body());
		}
		while (!List.of("DONE", "REJECTED", "FAILED").contains(report.get("status").asString()));
		double upload = ROWS / ((System.nanoTime() - started) / 1e9);
		if (report.get("applied").asInt() != ROWS) {
			throw new IllegalStateException("upload applied " + report.get("applied") + ": " + report);
		}
		long inbox = jdbc.sql("SELECT count(*) FROM notification.notification WHERE idempotency_key LIKE 'testing.result:%'")
				.query(Long.class).single();
		System.out.printf("results-upload: %,d rows in %.1f s (%,d inbox rows in all); COPY %,.0f rows/s; one by one %,.0f results/s%n",
				ROWS, ROWS / upload, inbox, copy, oneByOne);
		return List.of(
				new Result("results upload end to end (50k rows: checks, results, inbox + SMS rows, events), durable",
						upload, "results/s", "COPY of the same rows into a 4-column scratch table", copy, true),
				new Result("results upload end to end (50k rows), durable", upload, "results/s",
						"the same results one by one over HTTP (1 client, keep-alive, 1k)", oneByOne, true));
	}

	/** A site, a session and one received RT-PCR sample per person, by COPY; answers their barcodes in order. */
	private static List<String> samples(DataSource dataSource, JdbcClient jdbc, List<String[]> persons, String prefix)
			throws Exception {
		UUID site = UUID.randomUUID();
		UUID session = UUID.randomUUID();
		String ward = persons.get(0)[1];
		Instant now = Instant.now();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		jdbc.sql("INSERT INTO testing.site (id, name, area_path, hours, created_at) VALUES (?, 'Benchmark site', ?, '07:00–17:00', now())")
				.params(site, ward).update();
		jdbc.sql("INSERT INTO testing.session (id, site_id, day, area_path, created_at) VALUES (?, ?, ?, ?, now())")
				.params(session, site, today, ward).update();
		List<String> barcodes = new ArrayList<>();
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < persons.size(); i++) {
			String barcode = "SB" + prefix.substring(Math.max(0, prefix.length() - 3)) + String.format("%07d", i);
			barcodes.add(barcode);
			rows.append(UUID.randomUUID()).append(',').append(barcode).append(',').append(persons.get(i)[0]).append(',')
					.append(persons.get(i)[1]).append(',').append(session).append(",RT_PCR,").append(ward).append(',')
					.append(now).append(',').append(today).append(',').append(now).append(",Benchmark laboratory\n");
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					COPY testing.sample (id, barcode, person_id, person_path, session_id, test_type, site_path, taken_at,
					    taken_on, received_at, laboratory) FROM STDIN (FORMAT csv)""", new StringReader(rows.toString()));
			connection.commit();
		}
		return barcodes;
	}
}
