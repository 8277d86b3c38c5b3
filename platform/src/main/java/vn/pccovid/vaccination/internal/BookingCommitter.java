package vn.pccovid.vaccination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit for bookings. Request threads hand their booking to this committer and wait; one writer thread
 * takes whatever has queued (up to {@value #MAX_BATCH}), decides it in one transaction ({@link BookingBatches}) and
 * answers every waiting request after the commit. One durable commit then carries hundreds of bookings, which is
 * what a flash crowd needs: a commit per booking with the slot's row lock held across it serialises every booking
 * of a popular slot behind one disk flush. When a batch fails as a whole (a database error), each of its requests is
 * decided alone, so one bad request fails only itself.
 */
@Component
class BookingCommitter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BookingCommitter.class);
	static final int MAX_BATCH = 1000;

	private final BookingBatches batches;
	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
	private volatile Thread writer;

	BookingCommitter(BookingBatches batches) {
		this.batches = batches;
	}

	/** Queues the request; the future completes after the commit that decided it. */
	CompletableFuture<BookingOutcome> submit(BookingRequest request) {
		Pending pending = new Pending(request, new CompletableFuture<>());
		if (writer == null) {
			pending.answer().completeExceptionally(new IllegalStateException("booking committer is not running"));
			return pending.answer();
		}
		queue.add(pending);
		return pending.answer();
	}

	private void run() {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (writer == Thread.currentThread()) {
			try {
				batch.add(queue.take());
			}
			catch (InterruptedException e) {
				break;
			}
			queue.drainTo(batch, MAX_BATCH - 1);
			decide(batch);
			batch.clear();
		}
		List<Pending> left = new ArrayList<>();
		queue.drainTo(left);
		if (!left.isEmpty()) {
			decide(left);
		}
	}

	private void decide(List<Pending> batch) {
		try {
			List<BookingOutcome> outcomes = batches.decide(batch.stream().map(Pending::request).toList());
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).answer().complete(outcomes.get(i));
			}
		}
		catch (Exception e) {
			if (batch.size() == 1) {
				log.warn("Booking failed", e);
				batch.get(0).answer().completeExceptionally(e);
				return;
			}
			for (Pending one : batch) {
				decide(new ArrayList<>(List.of(one)));
			}
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "vaccination-booking-committer");
		thread.setDaemon(true);
		writer = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = writer;
		writer = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(5_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return writer != null;
	}

	private record Pending(BookingRequest request, CompletableFuture<BookingOutcome> answer) {
	}
}
