package vn.pccovid.vaccination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit for bookings. Request threads hand their booking to this committer and wait; a writer thread takes
 * whatever has queued for it (up to {@value #MAX_BATCH}), decides it in one transaction ({@link BookingBatches}) and
 * answers every waiting request after the commit. One durable commit then carries hundreds of bookings, which is
 * what a flash crowd needs: a commit per booking with the slot's row lock held across it serialises every booking
 * of a popular slot behind one disk flush. When a batch fails as a whole (a database error), each of its requests is
 * decided alone, so one bad request fails only itself.
 * <p>
 * Writers ({@code pccovid.vaccination.booking-writers}, default 1) each own a share of the slots (by the slot id's
 * hash), so their batches lock disjoint slot rows and commit side by side. On 2 cores one writer is fastest: its
 * batches grow while it commits, and the database's work per batch is paid for more bookings (measured 3,498
 * bookings/s with one writer, 2,874 with two, 2,004 with four); a machine with more cores may set more. A person booking two slots of different writers at
 * once meets the unique index of active bookings, which makes the later transaction wait for the earlier and then
 * refuse the second booking.
 */
@Component
class BookingCommitter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BookingCommitter.class);
	static final int MAX_BATCH = 1000;

	private final BookingBatches batches;
	private final List<BlockingQueue<Pending>> queues = new ArrayList<>();
	private final List<Thread> writers = new ArrayList<>();
	private volatile boolean running;

	BookingCommitter(BookingBatches batches, @Value("${pccovid.vaccination.booking-writers:1}") int writerCount) {
		if (writerCount < 1) {
			throw new IllegalArgumentException("pccovid.vaccination.booking-writers must be at least 1");
		}
		this.batches = batches;
		for (int i = 0; i < writerCount; i++) {
			queues.add(new LinkedBlockingQueue<>());
		}
	}

	/** Queues the request; the future completes after the commit that decided it. */
	CompletableFuture<BookingOutcome> submit(BookingRequest request) {
		Pending pending = new Pending(request, new CompletableFuture<>());
		if (!running) {
			pending.answer().completeExceptionally(new IllegalStateException("booking committer is not running"));
			return pending.answer();
		}
		queues.get(Math.floorMod(request.slot().hashCode(), queues.size())).add(pending);
		return pending.answer();
	}

	private void run(BlockingQueue<Pending> queue) {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (running) {
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
	public synchronized void start() {
		running = true;
		for (int i = 0; i < queues.size(); i++) {
			BlockingQueue<Pending> queue = queues.get(i);
			Thread thread = new Thread(() -> run(queue), "vaccination-booking-committer-" + (i + 1));
			thread.setDaemon(true);
			writers.add(thread);
			thread.start();
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		writers.forEach(Thread::interrupt);
		for (Thread thread : writers) {
			try {
				thread.join(5_000);
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

	private record Pending(BookingRequest request, CompletableFuture<BookingOutcome> answer) {
	}
}
