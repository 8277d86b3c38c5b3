package vn.pccovid.registry.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed identity verifications of one CCCD one caller gets per window before 429
 * ({@code pccovid.registry.verification.failures-per-window}, default 10; {@code .window}, default 1 hour).
 *
 * @param failuresPerWindow failed verifications answered per caller, CCCD and window
 * @param window            length of the fixed window, counted from the first failure
 */
@ConfigurationProperties("pccovid.registry.verification")
public record VerificationSettings(Integer failuresPerWindow, Duration window) {

	public VerificationSettings {
		failuresPerWindow = failuresPerWindow == null ? 10 : failuresPerWindow;
		window = window == null ? Duration.ofHours(1) : window;
		if (failuresPerWindow < 1) {
			throw new IllegalArgumentException("pccovid.registry.verification.failures-per-window must be at least 1");
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("pccovid.registry.verification.window must be positive");
		}
	}
}
