package vn.pccovid.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The baseline of the request-path benchmark: {@code bench/minimal-app} (Spring Boot of the platform's versions,
 * one empty GET) started in a JVM of its own on the same JDK, so that it and the platform meet the same load
 * generator on the same cores.
 */
final class MinimalApp implements AutoCloseable {

	private static final Path MODULE = Path.of("minimal-app", "target");

	private final Process process;
	private final int port;

	private MinimalApp(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static MinimalApp start(int port) throws IOException, InterruptedException {
		String classpath = MODULE.resolve("classes") + java.io.File.pathSeparator
				+ Files.readString(MODULE.resolve("classpath.txt")).strip();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", classpath, "vn.pccovid.bench.minimal.MinimalApplication",
				"--server.port=" + port, "--spring.main.banner-mode=off", "--logging.level.root=WARN")
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		MinimalApp app = new MinimalApp(process, port);
		app.awaitUp();
		return app;
	}

	String url() {
		return "http://127.0.0.1:" + port + "/empty";
	}

	private void awaitUp() throws InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (client.send(HttpRequest.newBuilder(URI.create(url())).build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				Thread.sleep(200);
			}
		}
		close();
		throw new IllegalStateException("the minimal application did not start on port " + port);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
