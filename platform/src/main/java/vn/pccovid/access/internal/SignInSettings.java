package vn.pccovid.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff sign-in slows down password guessing without letting anyone lock an account out. Failed attempts are
 * counted under three keys; when a key has had its number of failures, its next attempt starts a wait
 * ({@code firstDelay}, doubling with each further wait up to {@code maxDelay}) during which it answers 429 with
 * {@code Retry-After}; when the wait ends the count starts again from zero, and a key quiet for
 * {@code forgetAfter} is forgotten. A successful sign-in clears the account's keys.
 *
 * @param failuresPerAccountAndIp failures of one username from one client address before a wait: what a person
 *                                mistyping meets, and all that one attacker's address can do to an account
 * @param failuresPerAccount      failures of one username from anywhere before a wait (guessing spread over many
 *                                addresses)
 * @param failuresPerIp           failures from one client address, whatever the usernames, before a wait
 * @param firstDelay              the first wait
 * @param maxDelay                the longest wait
 * @param forgetAfter             a key with no attempt for this long starts afresh
 */
@ConfigurationProperties("pccovid.access.sign-in")
record SignInSettings(@DefaultValue("5") int failuresPerAccountAndIp, @DefaultValue("50") int failuresPerAccount,
		@DefaultValue("20") int failuresPerIp, @DefaultValue("30s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("1h") Duration forgetAfter) {

	SignInSettings {
		if (failuresPerAccountAndIp < 1 || failuresPerAccount < 1 || failuresPerIp < 1) {
			throw new IllegalArgumentException("pccovid.access.sign-in.failures-* must be at least 1");
		}
		if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException("pccovid.access.sign-in: 0 < first-delay <= max-delay");
		}
	}

	/** The wait that starts after this many earlier waits: first-delay doubled each time, at most max-delay. */
	Duration delay(int earlierDelays) {
		Duration delay = firstDelay;
		for (int i = 0; i < earlierDelays && delay.compareTo(maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}
}
