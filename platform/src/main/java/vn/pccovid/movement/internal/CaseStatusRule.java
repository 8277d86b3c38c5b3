package vn.pccovid.movement.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.core.InvalidInputException;

/**
 * {@code CASE_STATUS}: a person whose latest case is active at one of the listed levels may not pass. Parameter: the
 * levels, comma-separated ({@code F0,F1}). Reason: {@code CASE_F0}, {@code CASE_F1} … Without the cases module it adds
 * nothing.
 */
@Component
class CaseStatusRule implements CheckpointRule {

	private final ObjectProvider<CaseStatuses> cases;

	CaseStatusRule(ObjectProvider<CaseStatuses> cases) {
		this.cases = cases;
	}

	@Override
	public String code() {
		return "CASE_STATUS";
	}

	@Override
	public void validate(String parameter, String field) {
		levels(parameter, field);
	}

	@Override
	public void check(String parameter, ScanSubject subject, List<String> reasons) {
		CaseStatuses statuses = cases.getIfAvailable();
		if (statuses == null || subject.person() == null) {
			return;
		}
		List<CaseLevel> denied = levels(parameter, "parameter");
		statuses.currentOf(subject.person()).filter(c -> c.state().active() && denied.contains(c.level()))
				.ifPresent(c -> reasons.add("CASE_" + c.level().name()));
	}

	private static List<CaseLevel> levels(String parameter, String field) {
		if (parameter == null || parameter.isBlank()) {
			throw new InvalidInputException(field, "movement.rules.levels", String.valueOf(parameter));
		}
		try {
			return Arrays.stream(parameter.split(",")).map(s -> CaseLevel.valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "movement.rules.levels", parameter);
		}
	}
}
