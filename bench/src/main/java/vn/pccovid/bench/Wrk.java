package vn.pccovid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the {@code wrk} load generator (Debian's package) against a loopback URL and reads its summary: requests per
 * second and the 99th-percentile latency. Only the benchmark needs it, at run time; nothing compiles against it.
 *
 * @param threads     wrk threads
 * @param connections open connections
 */
record Wrk(int threads, int connections) {

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
	private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");
	private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	/** What one run measured. */
	record Run(double requestsPerSecond, double p99Millis) {
	}

	static boolean installed() {
		try {
			return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException e) {
			return false;
		}
	}

	/**
	 * Runs for the duration and returns wrk's whole output, without judging the answers' statuses (a script that
	 * counts them in its {@code done} callback reports them there).
	 */
	String output(String url, Duration duration, Path script) throws IOException, InterruptedException {
		// A 10 s timeout (wrk's default is 2 s): on a loaded machine an answer that comes late is still an answer.
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
				"-d" + duration.toSeconds() + "s", "--timeout", "10s", "--latency", "-s", script.toString(), url));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		return output;
	}

	/** Runs for the duration; {@code script} is a wrk Lua script (method, headers, bodies) or {@code null} for a GET. */
	Run run(String url, Duration duration, Path script) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
				"-d" + duration.toSeconds() + "s", "--latency"));
		if (script != null) {
			command.addAll(List.of("-s", script.toString()));
		}
		command.add(url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		Matcher errors = ERRORS.matcher(output);
		if (errors.find()) {
			throw new IllegalStateException(url + " answered " + errors.group(1) + " errors:\n" + output);
		}
		Matcher rate = RATE.matcher(output);
		Matcher p99 = P99.matcher(output);
		if (!rate.find() || !p99.find()) {
			throw new IllegalStateException("unreadable wrk output:\n" + output);
		}
		double latency = Double.parseDouble(p99.group(1));
		double millis = switch (p99.group(2)) {
			case "us" -> latency / 1000;
			case "s" -> latency * 1000;
			default -> latency;
		};
		return new Run(Double.parseDouble(rate.group(1)), millis);
	}

	/** Median rate and median p99 of several runs after a warm-up run. */
	Run measure(String url, Path script, Duration warmup, Duration round, int rounds) throws IOException, InterruptedException {
		run(url, warmup, script);
		List<Double> rates = new ArrayList<>();
		List<Double> p99s = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			Run run = run(url, round, script);
			rates.add(run.requestsPerSecond());
			p99s.add(run.p99Millis());
		}
		return new Run(Stats.median(rates), Stats.median(p99s));
	}

	/**
	 * Lua to append to a script (after its own {@code setup}, which it keeps): counts the answers' statuses per thread and keeps the first non-2xx body, printed at
	 * the end ({@code statuses: 201=…}), so a round that fails says why.
	 */
	static String statusCounting() {
		return """
				local threads = {}
				local earlier_setup = setup
				setup = function(thread)
				  table.insert(threads, thread)
				  if earlier_setup then earlier_setup(thread) end
				end
				statuses = {}
				sample = ""
				response = function(status, headers, body)
				  statuses[status] = (statuses[status] or 0) + 1
				  if status >= 300 and sample == "" then sample = tostring(status) .. " " .. tostring(body) end
				end
				done = function(summary, latency, requests)
				  local all = {}
				  local first = ""
				  for _, t in ipairs(threads) do
				    for k, v in pairs(t:get("statuses")) do all[k] = (all[k] or 0) + v end
				    local s = t:get("sample")
				    if first == "" and s ~= nil then first = s end
				  end
				  local line = "statuses:"
				  for k, v in pairs(all) do line = line .. " " .. k .. "=" .. v end
				  print(line)
				  if first ~= "" then print("first refusal: " .. string.sub(first, 1, 600)) end
				end
				""";
	}

	/** A Lua script that POSTs JSON bodies in turn with the given headers. */
	static Path postScript(List<String> bodies, String authorization) throws IOException {
		StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
		if (authorization != null) {
			lua.append("wrk.headers[\"Authorization\"] = \"").append(authorization).append("\"\n");
		}
		lua.append("local bodies = {\n");
		for (String body : bodies) {
			lua.append("  [==[").append(body).append("]==],\n");
		}
		lua.append("}\nlocal i = 0\nrequest = function()\n  i = i % #bodies + 1\n  return wrk.format(nil, nil, nil, bodies[i])\nend\n");
		Path script = Files.createTempFile("wrk-", ".lua");
		Files.writeString(script, lua);
		script.toFile().deleteOnExit();
		return script;
	}
}
