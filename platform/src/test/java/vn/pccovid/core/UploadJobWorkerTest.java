package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Jobs a restart interrupted are run again or marked failed, never left running; a job a worker of this JVM is still
 * running is not taken for one.
 */
class UploadJobWorkerTest {

	@Test
	void interruptedJobsAreResumedOrMarkedFailedWhenTheWorkerStarts() throws InterruptedException {
		UUID resumable = UUID.randomUUID();
		UUID notResumable = UUID.randomUUID();
		UUID failsAgain = UUID.randomUUID();
		Set<UUID> ran = ConcurrentHashMap.newKeySet();
		Set<UUID> failed = ConcurrentHashMap.newKeySet();
		CountDownLatch done = new CountDownLatch(3);
		try (UploadJobWorker worker = new UploadJobWorker("test-upload")) {
			worker.recover(List.of(resumable, notResumable, failsAgain), id -> {
				if (id.equals(notResumable)) {
					return null;
				}
				return () -> {
					if (id.equals(failsAgain)) {
						throw new IllegalStateException("still broken");
					}
					ran.add(id);
					done.countDown();
				};
			}, id -> {
				failed.add(id);
				done.countDown();
			});
			assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(ran).containsExactly(resumable);
		assertThat(failed).containsExactlyInAnyOrder(notResumable, failsAgain);
	}

	@Test
	void recoveryLeavesAJobThatAnotherWorkerIsRunningAlone() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch resumedDone = new CountDownLatch(1);
		UUID running = UUID.randomUUID();
		UUID orphan = UUID.randomUUID();
		List<UUID> asked = new CopyOnWriteArrayList<>();
		try (UploadJobWorker busy = new UploadJobWorker("test-busy"); UploadJobWorker starting = new UploadJobWorker("test-start")) {
			busy.submit(running, () -> await(release), failure -> {
			});

			starting.recover(List.of(running, orphan), id -> {
				asked.add(id);
				return resumedDone::countDown;
			}, id -> {
			});

			assertThat(resumedDone.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(asked).containsExactly(orphan);
			release.countDown();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
