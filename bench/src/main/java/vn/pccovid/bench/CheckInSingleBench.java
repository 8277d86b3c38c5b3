package vn.pccovid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One check-in per request over HTTP ({@code POST /api/v1/me/people/{id}/checkins}, 16 signed-in phones scanning
 * 200 posters, durable commits by group commit) against, in the same run and by the same load generator
 * ({@code wrk -t2 -c64}): the cheapest GET of the same server ({@code GET /api/v1/areas/00001}, in memory), and the
 * naive implementation answering after one autocommit INSERT per request ({@link NaiveCheckIns}).
 * Goals: ≥ 0.35× the GET, ≥ 2.5× the naive implementation.
 */
final class CheckInSingleBench implements BenchCase {

	static final Wrk WRK = new Wrk(2, 64);
	/** Short rounds: the three check-in cases together must run in a few minutes. */
	static final Duration WARMUP = Duration.ofSeconds(10);
	static final Duration JIT_WARMUP = Duration.ofSeconds(45);
	static final Duration ROUND = Duration.ofSeconds(8);
	static final int ROUNDS = 3;

	@Override
	public String name() {
		return "checkin-single";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		if (!Wrk.installed()) {
			throw new IllegalStateException("checkin-single needs wrk: apt-get install wrk");
		}
		CheckInSetup setup = CheckInSetup.of(platform);
		NaiveCheckIns.register(platform);
		Path grouped = script(setup, "/api/v1/me/people/%s/checkins");
		Path naive = script(setup, NaiveCheckIns.PATH.replace("{id}", "%s"));
		// The same wrk with the same Lua status counting for all three, so the load generator costs the same in each.
		Path get = Files.createTempFile("wrk-get-", ".lua");
		Files.writeString(get, Wrk.statusCounting());
		get.toFile().deleteOnExit();
		// On 2 cores the JIT compiles Spring's request path for a minute or more under load (docs/architecture.md): the
		// server first runs both check-in paths until it runs compiled code, so no round shares the processor with
		// the compiler.
		WRK.measure(setup.base + "/", grouped, JIT_WARMUP, Duration.ofSeconds(1), 1);
		WRK.measure(setup.base + "/", naive, Duration.ofSeconds(15), Duration.ofSeconds(1), 1);
		Wrk.Run group = WRK.measure(setup.base + "/", grouped, WARMUP, ROUND, ROUNDS);
		System.out.printf("checkin-single: check-in %,.0f requests/s, p99 %.1f ms%n", group.requestsPerSecond(), group.p99Millis());
		Wrk.Run single = WRK.measure(setup.base + "/", naive, WARMUP, ROUND, ROUNDS);
		System.out.printf("checkin-single: naive %,.0f requests/s, p99 %.1f ms%n", single.requestsPerSecond(), single.p99Millis());
		// The empty GET last, on a server the other rounds have warmed: measured first, on a JIT still compiling, it
		// would answer far less than it can and flatter the ratio.
		Wrk.Run empty = WRK.measure(setup.base + "/api/v1/areas/00001", get, WARMUP, ROUND, ROUNDS);
		System.out.printf("checkin-single: empty GET %,.0f requests/s, p99 %.1f ms%n", empty.requestsPerSecond(), empty.p99Millis());
		return List.of(
				new Result("check-in, one per request: POST /api/v1/me/people/{id}/checkins, group commit, wrk -t2 -c64 (goal ≥ 0.35×)",
						group.requestsPerSecond(), "requests/s", "GET /api/v1/areas/{code}, same server and run",
						empty.requestsPerSecond(), true),
				new Result("check-in, one per request (goal ≥ 2.5×)", group.requestsPerSecond(), "requests/s",
						"naive: one autocommit INSERT per request, same server and run", single.requestsPerSecond(), true),
				new Result("check-in, one per request p99", group.p99Millis(), "ms", "naive p99", single.p99Millis(), false));
	}

	/** Citizens in turn, each posting a different poster's QR for their own person. */
	static Path script(CheckInSetup setup, String pathPattern) throws IOException {
		StringBuilder lua = new StringBuilder("local requests = {\n");
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 800; i++) {
			CheckInSetup.Citizen citizen = setup.citizens.get(i % setup.citizens.size());
			CheckInSetup.Venue venue = setup.venues.get(i % setup.venues.size());
			rows.add("  { \"" + String.format(pathPattern, citizen.personId()) + "\", \"" + citizen.bearer() + "\", [==[{\"venueQr\":\""
					+ venue.qr() + "\"}]==] },\n");
		}
		rows.forEach(lua::append);
		// Each request is formatted once per wrk thread (init), so a request costs the load generator no Lua work.
		lua.append("}\nlocal formatted = {}\ninit = function(args)\n  for k, r in ipairs(requests) do\n")
				.append("    formatted[k] = wrk.format(\"POST\", r[1], { [\"Content-Type\"] = \"application/json\", [\"Authorization\"] = r[2] }, r[3])\n")
				.append("  end\nend\nlocal i = 0\nrequest = function()\n  i = i % #formatted + 1\n  return formatted[i]\nend\n")
				.append(Wrk.statusCounting());
		Path script = Files.createTempFile("wrk-checkin-", ".lua");
		Files.writeString(script, lua);
		script.toFile().deleteOnExit();
		return script;
	}
}
