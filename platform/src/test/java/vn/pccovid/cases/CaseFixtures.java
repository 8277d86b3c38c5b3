package vn.pccovid.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaCode;
import vn.pccovid.declaration.HealthDeclared;
import vn.pccovid.testing.SampleResulted;
import vn.pccovid.testing.TestOutcome;
import vn.pccovid.testing.TestType;

/** Drives the cases module the way its providers will: by publishing their real events in a committed transaction. */
public final class CaseFixtures {

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	public CaseFixtures(ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.events = events;
		this.transactions = transactions;
	}

	/** Publishes events in one transaction, as their owner module does when it stores what they describe. */
	public void publish(Object... published) {
		transactions.executeWithoutResult(status -> {
			for (Object event : published) {
				events.publishEvent(event);
			}
		});
	}

	/** A result of the testing module for this person, taken at {@code takenAt}. */
	public static SampleResulted result(UUID person, AreaCode ward, TestOutcome outcome, Instant takenAt) {
		return new SampleResulted(UUID.randomUUID(), person, TestType.RT_PCR, outcome, outcome == TestOutcome.POSITIVE ? 21.5 : null,
				takenAt, takenAt.plus(Duration.ofHours(6)), ward, "Trạm y tế phường", "CDC Hà Nội");
	}

	public static HealthDeclared symptoms(UUID person, AreaCode ward, java.time.LocalDate day) {
		return new HealthDeclared(UUID.randomUUID(), person, day, Set.of("fever", "cough"), Set.of(), ward);
	}

	/** Waits up to 10 s for the condition (listeners run after commit, on their own threads). */
	public static void await(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
