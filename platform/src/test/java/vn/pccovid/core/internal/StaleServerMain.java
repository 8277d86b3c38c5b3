package vn.pccovid.core.internal;

import java.nio.file.Path;

/** Runs in a child JVM: starts the embedded server on a directory, says READY, and waits to be killed. */
public final class StaleServerMain {

	private StaleServerMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(Path.of(args[0]), 0, false);
		System.out.println("READY " + server.port());
		System.out.flush();
		Thread.sleep(120_000);
	}
}
