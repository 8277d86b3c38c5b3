package vn.pccovid.tracing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;

/**
 * Runs queued tracing runs: started at once after the requesting transaction commits, and every few seconds for
 * runs left by a node that died (their lease expired). Claims use {@code FOR UPDATE SKIP LOCKED}, so nodes share the
 * queue without waiting for each other.
 */
@Component
class RunWorker {

	private static final Logger log = LoggerFactory.getLogger(RunWorker.class);
	private static final Duration LEASE = Duration.ofMinutes(5);

	private final RunRecords runs;
	private final RunExecution execution;
	private final Clock clock;
	private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
		Thread thread = new Thread(task, "tracing-run");
		thread.setDaemon(true);
		return thread;
	});

	RunWorker(RunRecords runs, RunExecution execution, Clock clock) {
		this.runs = runs;
		this.execution = execution;
		this.clock = clock;
	}

	/** Starts a round once the current transaction (if any) committed. */
	void trigger() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.execute(RunWorker.this::drain);
				}
			});
		}
		else {
			executor.execute(this::drain);
		}
	}

	@Scheduled(fixedDelayString = "${pccovid.tracing.poll-interval:PT5S}", initialDelayString = "PT20S")
	void poll() {
		drain();
	}

	/** Runs claimed runs until none is waiting. */
	void drain() {
		while (true) {
			Optional<UUID> claimed = runs.claim(clock.instant(), clock.instant().plus(LEASE));
			if (claimed.isEmpty()) {
				return;
			}
			try {
				execution.execute(claimed.get());
			}
			catch (RuntimeException e) {
				log.error("Tracing run {} failed", claimed.get(), e);
				execution.failed(claimed.get(), e);
			}
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
