package vn.pccovid.core;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's background worker for upload jobs: one daemon thread, so a module's jobs run one after another and a
 * large upload cannot starve the request threads. A job that throws is logged and handed to the module's failure
 * handler, which marks it failed in its {@link UploadJobTable}. Close it when the module's bean is destroyed.
 */
public final class UploadJobWorker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(UploadJobWorker.class);

	private final String name;
	private final ExecutorService executor;

	/** A worker whose thread is called {@code name} (as it shows in thread dumps and logs). */
	public UploadJobWorker(String name) {
		this.name = name;
		this.executor = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Runs {@code job} for job {@code id} in the background; if it throws, {@code failed} records that. */
	public void submit(UUID id, Runnable job, Consumer<RuntimeException> failed) {
		executor.submit(() -> {
			try {
				job.run();
			}
			catch (RuntimeException e) {
				log.error("{} job {} failed", name, id, e);
				failed.accept(e);
			}
		});
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
