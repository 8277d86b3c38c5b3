package vn.pccovid.movement.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.pccovid.core.InvalidInputException;

/**
 * {@code PERMIT}: an approved permit valid today whose zones hold the checkpoint's ward. Reasons: {@code NO_PERMIT},
 * {@code ZONE_NOT_ALLOWED} (no permit for this zone), {@code PERMIT_EXPIRED} or {@code PERMIT_NOT_YET_VALID} (none
 * valid today, judged on the permits for this zone when there are any). No parameter.
 */
@Component
class PermitRule implements CheckpointRule {

	@Override
	public String code() {
		return "PERMIT";
	}

	@Override
	public void validate(String parameter, String field) {
		if (parameter != null && !parameter.isBlank()) {
			throw new InvalidInputException(field, "movement.rules.noParameter", code());
		}
	}

	@Override
	public void check(String parameter, ScanSubject subject, List<String> reasons) {
		List<PermitTerms> permits = subject.permits();
		if (permits.isEmpty()) {
			reasons.add("NO_PERMIT");
			return;
		}
		LocalDate today = subject.today();
		if (permits.stream().anyMatch(p -> p.covers(subject.ward()) && p.validOn(today))) {
			return;
		}
		List<PermitTerms> inZone = permits.stream().filter(p -> p.covers(subject.ward())).toList();
		if (inZone.isEmpty()) {
			reasons.add("ZONE_NOT_ALLOWED");
		}
		List<PermitTerms> weighed = inZone.isEmpty() ? permits : inZone;
		if (weighed.stream().noneMatch(p -> p.validOn(today))) {
			LocalDate lastDay = weighed.stream().map(PermitTerms::validTo).max(Comparator.naturalOrder()).orElseThrow();
			reasons.add(lastDay.isBefore(today) ? "PERMIT_EXPIRED" : "PERMIT_NOT_YET_VALID");
		}
	}
}
