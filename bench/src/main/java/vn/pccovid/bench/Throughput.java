package vn.pccovid.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;

/**
 * Operations per second of a task run by several threads for fixed rounds, after a warm-up; the median round is
 * reported because these machines are shared and noisy.
 */
public final class Throughput {

	private final int threads;
	private final Duration warmup;
	private final Duration round;
	private final int rounds;

	public Throughput(int threads, Duration warmup, Duration round, int rounds) {
		this.threads = threads;
		this.warmup = warmup;
		this.round = round;
		this.rounds = rounds;
	}

	/** Median operations per second; the task gets a running operation number to vary its input. */
	public double measure(IntConsumer task) throws InterruptedException {
		runFor(task, warmup);
		List<Double> perSecond = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long started = System.nanoTime();
			long operations = runFor(task, round);
			perSecond.add(operations / ((System.nanoTime() - started) / 1e9));
		}
		return Stats.median(perSecond);
	}

	private long runFor(IntConsumer task, Duration duration) throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		LongAdder operations = new LongAdder();
		CountDownLatch done = new CountDownLatch(threads);
		for (int t = 0; t < threads; t++) {
			int offset = t * 7919;
			Thread thread = new Thread(() -> {
				try {
					for (int i = offset; !stop.get(); i++) {
						task.accept(i);
						operations.increment();
					}
				}
				finally {
					done.countDown();
				}
			});
			thread.setDaemon(true);
			thread.start();
		}
		Thread.sleep(duration.toMillis());
		stop.set(true);
		done.await();
		return operations.sum();
	}
}
