package vn.pccovid.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;

/**
 * Sends pending deliveries through the active channel: at once after the transaction that stored them commits,
 * and on a timer for retries and for claims a crashed node left behind. Each attempt is claimed with a lease
 * ({@link Deliveries#claim}); success and failure are recorded only on a row still pending. A node that dies after
 * the channel accepted a message but before recording it sends that one message again when the lease expires —
 * the only case of a repeat, and never after a recorded success.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
	private static final int MAX_ROUNDS = 50;

	private final Deliveries deliveries;
	private final NotificationChannel channel;
	private final NotificationSettings settings;
	private final Clock clock;
	private final AtomicBoolean kicked = new AtomicBoolean();
	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "notification-delivery");
		thread.setDaemon(true);
		return thread;
	});

	DeliveryWorker(Deliveries deliveries, NotificationChannel channel, NotificationSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.channel = channel;
		this.clock = clock;
		this.settings = settings;
	}

	/** Starts a delivery round after the current transaction commits (at once when there is none). */
	void kickAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			kick();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				kick();
			}
		});
	}

	private void kick() {
		// Many commits in a burst start one round, which then takes everything due.
		if (kicked.compareAndSet(false, true)) {
			executor.execute(() -> {
				kicked.set(false);
				deliverDue();
			});
		}
	}

	@Scheduled(fixedDelayString = "${pccovid.notification.poll-interval:PT5S}",
			initialDelayString = "${pccovid.notification.poll-initial-delay:PT10S}")
	void poll() {
		deliverDue();
	}

	/** Claims and sends what is due, round after round until nothing is; returns how many were attempted. */
	int deliverDue() {
		int attempted = 0;
		try {
			for (int round = 0; round < MAX_ROUNDS; round++) {
				List<Deliveries.Claimed> claimed = deliveries.claim(clock.instant(), settings.lease(), settings.batch());
				if (claimed.isEmpty()) {
					break;
				}
				claimed.forEach(this::attempt);
				attempted += claimed.size();
			}
		}
		catch (RuntimeException e) {
			// The database is away: rows stay pending and the next round takes them; say so loudly.
			log.error("Notification delivery round stopped", e);
		}
		return attempted;
	}

	private void attempt(Deliveries.Claimed claimed) {
		if (claimed.giveUpAt() != null && clock.instant().isAfter(claimed.giveUpAt())) {
			deliveries.markAttemptFailed(claimed.id(), "expired before it could be sent", null);
			log.warn("Delivery {} to {} expired unsent", claimed.id(), Recipients.mask(claimed.message().recipient()));
			return;
		}
		try {
			channel.deliver(claimed.message());
		}
		catch (RuntimeException e) {
			boolean last = claimed.attempts() >= settings.maxAttempts();
			Instant retryAt = last ? null : clock.instant().plus(settings.backoff(claimed.attempts()));
			deliveries.markAttemptFailed(claimed.id(), describe(e), retryAt);
			log.warn("Delivery {} to {} failed (attempt {}{}): {}", claimed.id(), Recipients.mask(claimed.message().recipient()),
					claimed.attempts(), last ? ", giving up" : ", retry at " + retryAt, describe(e));
			return;
		}
		deliveries.markSent(claimed.id(), clock.instant());
	}

	private static String describe(RuntimeException e) {
		String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
