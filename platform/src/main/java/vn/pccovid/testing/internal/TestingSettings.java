package vn.pccovid.testing.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the testing module ({@code pccovid.testing.*}).
 *
 * @param poolSize       most people in one pooled tube (default 10; 2021 practice was 5–10, up to 20)
 * @param ctMax          highest RT-PCR Ct value a lab may report (default 45; the lowest accepted is above 0)
 * @param lookupAttempts public result lookups per client address and window (default 10)
 * @param lookupWindow   length of that window (default 15 minutes)
 * @param siteHours      opening hours given to new sites without their own (default {@code 07:00–17:00})
 */
@ConfigurationProperties("pccovid.testing")
record TestingSettings(Integer poolSize, Double ctMax, Integer lookupAttempts, Duration lookupWindow, String siteHours) {

	TestingSettings {
		poolSize = poolSize == null ? 10 : poolSize;
		ctMax = ctMax == null ? 45.0 : ctMax;
		lookupAttempts = lookupAttempts == null ? 10 : lookupAttempts;
		lookupWindow = lookupWindow == null ? Duration.ofMinutes(15) : lookupWindow;
		siteHours = siteHours == null || siteHours.isBlank() ? "07:00–17:00" : siteHours;
		if (poolSize < 2 || poolSize > 50) {
			throw new IllegalArgumentException("pccovid.testing.pool-size must be between 2 and 50");
		}
		if (lookupAttempts < 1 || lookupWindow.isNegative() || lookupWindow.isZero()) {
			throw new IllegalArgumentException("pccovid.testing.lookup-attempts and lookup-window must be positive");
		}
	}
}
