package vn.pccovid.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are kept and delivered ({@code pccovid.notification.*}).
 *
 * @param outboxReadable whether administrators may read message texts in the outbox (a development setting; a demo
 *                       install, {@code pccovid.demo.province}, allows it too). Off: the outbox answers 404.
 * @param retention      how long inbox messages and delivery rows are kept
 * @param maxAttempts    delivery attempts before a message is marked failed
 * @param firstRetry     wait after the first failed attempt; doubled after each further one
 * @param maxBackoff     the longest wait between two attempts
 * @param lease          how long a claimed delivery belongs to its node; after that another node may retry it
 * @param batch          deliveries claimed at once
 */
@ConfigurationProperties("pccovid.notification")
record NotificationSettings(@DefaultValue("false") boolean outboxReadable, @DefaultValue("90d") Duration retention,
		@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("1h") Duration maxBackoff, @DefaultValue("2m") Duration lease, @DefaultValue("20") int batch) {

	NotificationSettings {
		if (maxAttempts < 1 || batch < 1) {
			throw new IllegalArgumentException("pccovid.notification.max-attempts and .batch must be at least 1");
		}
	}

	/** The wait before the next attempt after {@code attempts} failed ones: first-retry × 2^(attempts−1), capped. */
	Duration backoff(int attempts) {
		Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}
}
