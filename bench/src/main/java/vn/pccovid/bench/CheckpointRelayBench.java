package vn.pccovid.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;

import vn.pccovid.access.Role;

/**
 * The relay between checkpoints (K9): 50 feeds of the province open ({@code GET /api/v1/movement/feed}, server-sent
 * events) while scans arrive at 200/s for 20 s; scan-to-display is the time from sending a scan to each feed
 * receiving its passage (matched by a unique plate). Goal: p99 ≤ 1 s. Baseline: the scans' own request round trip
 * p99 in the same run (what the scanning officer waits anyway).
 */
final class CheckpointRelayBench implements BenchCase {

	private static final int FEEDS = 50;
	private static final int RATE = 200;
	private static final Duration LENGTH = Duration.ofSeconds(20);
	private static final Pattern PLATE = Pattern.compile("\"plate\":\"RL(\\d+)\"");

	@Override
	public String name() {
		return "checkpoint-relay";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		String base = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
		CheckpointScanBench.ensurePopulation(platform);
		String checkpoint = CheckpointScanBench.checkpoint(platform, base, "00004");
		List<String> qrs = CheckpointScanBench.personalQrs(platform);
		String officer = RegistryVerifyBench.token(platform, base, Role.CHECKPOINT_OFFICER);
		Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<Long> displayed = new ConcurrentLinkedQueue<>();
		HttpClient client = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
		CountDownLatch open = new CountDownLatch(FEEDS);
		List<InputStream> streams = new ArrayList<>();
		for (int i = 0; i < FEEDS; i++) {
			HttpResponse<InputStream> feed = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/movement/feed?province=01"))
					.header("Authorization", officer).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
			streams.add(feed.body());
			Thread reader = new Thread(() -> read(feed.body(), open, sentAt, displayed), "feed-" + i);
			reader.setDaemon(true);
			reader.start();
		}
		if (!open.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the feeds did not open");
		}
		ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
		ExecutorService senders = Executors.newFixedThreadPool(16);
		long start = System.nanoTime();
		int total = (int) (LENGTH.toSeconds() * RATE);
		for (int n = 0; n < total; n++) {
			long due = start + n * 1_000_000_000L / RATE;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			int id = n;
			String body = "{\"qr\":\"" + qrs.get(n % qrs.size()).replaceAll(".*\"qr\":\"([^\"]+)\".*", "$1") + "\",\"plate\":\"RL" + id + "\"}";
			senders.execute(() -> {
				long sent = System.nanoTime();
				sentAt.put(id, sent);
				try {
					HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/movement/checkpoints/"
							+ checkpoint + "/scans")).header("Content-Type", "application/json").header("Authorization", officer)
							.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200) {
						roundTrips.add(System.nanoTime() - sent);
					}
				}
				catch (Exception e) {
					// Counted as missing below.
				}
			});
		}
		senders.shutdown();
		senders.awaitTermination(60, TimeUnit.SECONDS);
		Thread.sleep(2_000);
		streams.forEach(s -> {
			try {
				s.close();
			}
			catch (Exception e) {
				// Closing.
			}
		});
		long expected = (long) total * FEEDS;
		System.out.printf("checkpoint-relay: %d scans, %d of %d deliveries seen%n", roundTrips.size(), displayed.size(), expected);
		return List.of(
				new Result("checkpoint relay: scan-to-display p99, " + FEEDS + " feeds, scans at " + RATE + "/s (goal ≤ 1 s; "
						+ displayed.size() + "/" + expected + " delivered)", millis(p99(displayed)), "ms",
						"the scan's own round trip p99", millis(p99(roundTrips)), false));
	}

	private static void read(InputStream body, CountDownLatch open, Map<Integer, Long> sentAt, ConcurrentLinkedQueue<Long> displayed) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.startsWith("event:open") || line.startsWith("event: open")) {
					open.countDown();
				}
				Matcher plate = PLATE.matcher(line);
				if (plate.find()) {
					Long sent = sentAt.get(Integer.parseInt(plate.group(1)));
					if (sent != null) {
						displayed.add(System.nanoTime() - sent);
					}
				}
			}
		}
		catch (Exception e) {
			// The feed was closed at the end.
		}
	}

	private static long p99(ConcurrentLinkedQueue<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		if (sorted.isEmpty()) {
			return 0;
		}
		sorted.sort(null);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}
}
