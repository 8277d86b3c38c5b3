package vn.pccovid.core;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's background worker for upload jobs: one daemon thread, so a module's jobs run one after another and a
 * large upload cannot starve the request threads. A job that throws is logged and handed to the module's failure
 * handler, which marks it failed in its {@link UploadJobTable}. Jobs a restart interrupted are handed back with
 * {@link #recover} when the module starts. Close it when the module's bean is destroyed.
 */
public final class UploadJobWorker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(UploadJobWorker.class);

	/**
	 * The jobs some worker of this JVM has taken and not finished. Recovery leaves them alone: another application
	 * context of the same JVM (tests start several on one database) is running them, not a previous run.
	 */
	private static final Set<UUID> IN_FLIGHT = ConcurrentHashMap.newKeySet();

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
		IN_FLIGHT.add(id);
		executor.submit(() -> {
			try {
				job.run();
			}
			catch (RuntimeException e) {
				log.error("{} job {} failed", name, id, e);
				failed.accept(e);
			}
			finally {
				IN_FLIGHT.remove(id);
			}
		});
	}

	/**
	 * At start-up: the jobs a previous run left unfinished (a restart or crash stopped them mid-way) are handed to this
	 * worker again. For each, {@code resume} answers what to do: a job to run again (a module whose rows are
	 * idempotent re-runs the file; rows already done come out as such), or null when the module cannot resume it, in
	 * which case {@code interrupted} marks it failed with its reason. Either way no job stays running forever.
	 */
	public void recover(List<UUID> unfinished, Function<UUID, Runnable> resume, Consumer<UUID> interrupted) {
		for (UUID id : unfinished) {
			if (IN_FLIGHT.contains(id)) {
				continue;
			}
			Runnable job = resume.apply(id);
			if (job == null) {
				log.warn("{} job {} was interrupted by a restart; marked failed", name, id);
				interrupted.accept(id);
			}
			else {
				log.info("{} job {} was interrupted by a restart; resumed", name, id);
				submit(id, job, failure -> interrupted.accept(id));
			}
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
