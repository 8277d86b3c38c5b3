package vn.pccovid.cases.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long contacts stay in quarantine, counted from the day of contact: {@code pccovid.cases.f1-quarantine-days}
 * (default 14) and {@code pccovid.cases.f2-quarantine-days} (default 7). Provinces changed these through 2021.
 *
 * @param f1QuarantineDays days an F1 stays quarantined
 * @param f2QuarantineDays days an F2 stays quarantined
 */
@ConfigurationProperties("pccovid.cases")
record CaseSettings(Integer f1QuarantineDays, Integer f2QuarantineDays) {

	CaseSettings {
		f1QuarantineDays = f1QuarantineDays == null ? 14 : f1QuarantineDays;
		f2QuarantineDays = f2QuarantineDays == null ? 7 : f2QuarantineDays;
		if (f1QuarantineDays < 1 || f2QuarantineDays < 1) {
			throw new IllegalArgumentException("pccovid.cases.f1-quarantine-days and f2-quarantine-days must be at least 1");
		}
	}
}
