package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Jobs a restart interrupted are run again or marked failed, never left running. */
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
}
