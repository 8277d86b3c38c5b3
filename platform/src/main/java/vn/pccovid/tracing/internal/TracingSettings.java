package vn.pccovid.tracing.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every number of the tracing rules ({@code pccovid.tracing.*}).
 *
 * @param lookBack         how far before the F0's symptom onset or test day the search starts (default 2 days)
 * @param coPresence       how close in time two check-ins at one venue must be to make a contact (default ± 60 minutes)
 * @param retention        how long check-ins stay in the index (default 21 days)
 * @param autoConfirm      whether contacts of a confirmed F0 are confirmed, made cases and notified without review
 *                         (default false: an epidemiologist decides)
 * @param maxEvidence      evidence items kept per contact (default 10; the rest are counted)
 * @param maxF2PerRun      F2 contacts stored per run (default 20,000; a run that finds more says so)
 */
@ConfigurationProperties("pccovid.tracing")
record TracingSettings(Duration lookBack, Duration coPresence, Duration retention, Boolean autoConfirm, Integer maxEvidence,
		Integer maxF2PerRun) {

	TracingSettings {
		lookBack = lookBack == null ? Duration.ofDays(2) : lookBack;
		coPresence = coPresence == null ? Duration.ofMinutes(60) : coPresence;
		retention = retention == null ? Duration.ofDays(21) : retention;
		autoConfirm = autoConfirm != null && autoConfirm;
		maxEvidence = maxEvidence == null ? 10 : maxEvidence;
		maxF2PerRun = maxF2PerRun == null ? 20_000 : maxF2PerRun;
		if (lookBack.isNegative() || coPresence.isNegative() || coPresence.isZero() || retention.compareTo(lookBack) < 0) {
			throw new IllegalArgumentException("pccovid.tracing: co-presence must be positive and retention at least the look-back");
		}
		if (maxEvidence < 1 || maxF2PerRun < 0) {
			throw new IllegalArgumentException("pccovid.tracing.max-evidence must be at least 1, max-f2-per-run not negative");
		}
	}
}
