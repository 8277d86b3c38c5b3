package vn.pccovid.relief.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.cases.CasePeriod;

/**
 * The eligibility policy: checks a person against a programme's rules and names the first rule that fails, in a
 * fixed order (area, age, residence, flags, case status). Case status comes from the cases module when it is
 * there; when it is not, the rule fails closed ("not known" is not "eligible") and says so.
 */
@Component
class Eligibility {

	private final CaseHistory cases;

	Eligibility(CaseHistory cases) {
		this.cases = cases;
	}

	/** The first failed rule, or empty when the person qualifies. */
	Optional<FailedRule> check(Programme programme, PersonFacts person) {
		EligibilityRules rules = programme.rules();
		if (!programme.covers(person.area().path())) {
			return fail("area", "relief.rule.area");
		}
		int age = Period.between(person.dateOfBirth(), programme.firstDay()).getYears();
		if (rules.minAge() != null && age < rules.minAge()) {
			return fail("minAge", "relief.rule.minAge", age, rules.minAge());
		}
		if (rules.maxAge() != null && age > rules.maxAge()) {
			return fail("maxAge", "relief.rule.maxAge", age, rules.maxAge());
		}
		if (!rules.residence().isEmpty() && !rules.residence().contains(person.residency())) {
			return fail("residence", "relief.rule.residence", person.residency().name());
		}
		if (!rules.flags().isEmpty() && rules.flags().stream().noneMatch(person.flags()::contains)) {
			return fail("flags", "relief.rule.flags", String.join(", ", rules.flags().stream().map(Enum::name).sorted().toList()));
		}
		if (!rules.caseStatus().isEmpty()) {
			return checkCase(programme, person.id());
		}
		return Optional.empty();
	}

	private Optional<FailedRule> checkCase(Programme programme, UUID person) {
		EligibilityRules rules = programme.rules();
		LocalDate from = rules.caseWithin() == null ? programme.firstDay() : rules.caseWithin().from();
		LocalDate to = rules.caseWithin() == null ? programme.lastDay() : rules.caseWithin().to();
		Optional<List<CasePeriod>> history = cases.historyOf(person);
		if (history.isEmpty()) {
			return fail("caseStatus", "relief.rule.caseStatus.unknown");
		}
		boolean held = history.get().stream()
				.anyMatch(period -> rules.caseStatus().contains(period.level()) && period.overlaps(from, to));
		return held ? Optional.empty() : fail("caseStatus", "relief.rule.caseStatus", from, to);
	}

	private static Optional<FailedRule> fail(String rule, String messageKey, Object... arguments) {
		return Optional.of(new FailedRule(rule, messageKey, arguments));
	}

	/**
	 * A rule the person does not meet.
	 *
	 * @param rule       its name in the programme's {@code rules}
	 * @param messageKey why, in the relief bundle
	 * @param arguments  the message's arguments
	 */
	record FailedRule(String rule, String messageKey, Object[] arguments) {
	}
}
