package vn.pccovid.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizens' one-time codes: how long a code lives and the quotas that stop abuse of the SMS channel.
 *
 * @param lifetime        how long a code works
 * @param maxAttempts     wrong guesses allowed for one code
 * @param sendsPerPhone   codes per phone per window
 * @param sendsPerIp      codes requested from one IP per window
 * @param failuresPerIp   wrong codes from one IP per window
 * @param window          the quota window
 * @param sendsPerPhonePerDay codes per phone in any 24 hours, however the windows fall
 */
@ConfigurationProperties("pccovid.access.otp")
record OtpSettings(@DefaultValue("5m") Duration lifetime, @DefaultValue("5") int maxAttempts,
		@DefaultValue("3") int sendsPerPhone, @DefaultValue("20") int sendsPerIp, @DefaultValue("20") int failuresPerIp,
		@DefaultValue("15m") Duration window, @DefaultValue("10") int sendsPerPhonePerDay) {

	static final Duration DAY = Duration.ofDays(1);
}
