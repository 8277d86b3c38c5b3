package vn.pccovid.testing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

/** Collects the {@link SampleResulted} events that were committed (a rolled-back upload's events never count). */
@TestConfiguration(proxyBeanMethods = false)
public class SampleResultedRecorder {

	private final ConcurrentLinkedQueue<SampleResulted> events = new ConcurrentLinkedQueue<>();

	@TransactionalEventListener
	void on(SampleResulted event) {
		events.add(event);
	}

	/** The committed events about this person. */
	public List<SampleResulted> about(String personId) {
		UUID id = UUID.fromString(personId);
		return events.stream().filter(e -> e.person().equals(id)).toList();
	}
}
