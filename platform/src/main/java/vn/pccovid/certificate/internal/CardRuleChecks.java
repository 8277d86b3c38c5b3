package vn.pccovid.certificate.internal;

import java.util.List;

import vn.pccovid.certificate.internal.CardRule.Evidence;
import vn.pccovid.core.InvalidInputException;

/** Checks a rule set a province admin submits; the first fault is a 400 naming the field ({@code rules[2].maxHours}). */
final class CardRuleChecks {

	static final int MAX_RULES = 20;

	private CardRuleChecks() {
	}

	static List<CardRule> check(List<CardRule> rules) {
		if (rules == null || rules.isEmpty()) {
			throw new InvalidInputException("rules", "certificate.rules.empty");
		}
		if (rules.size() > MAX_RULES) {
			throw new InvalidInputException("rules", "certificate.rules.tooMany", MAX_RULES);
		}
		for (int i = 0; i < rules.size(); i++) {
			CardRule rule = rules.get(i);
			String at = "rules[" + i + "]";
			if (rule == null) {
				throw new InvalidInputException(at, "certificate.rules.missing");
			}
			if (rule.colour() == null) {
				throw new InvalidInputException(at + ".colour", "certificate.rules.colour");
			}
			if (rule.evidence() == null) {
				throw new InvalidInputException(at + ".evidence", "certificate.rules.evidence");
			}
			if (rule.minDays() != null && (rule.minDays() < 0 || rule.minDays() > 3650)) {
				throw new InvalidInputException(at + ".minDays", "certificate.rules.days");
			}
			if (rule.maxDays() != null && (rule.maxDays() < 1 || rule.maxDays() > 3650
					|| (rule.minDays() != null && rule.maxDays() <= rule.minDays()))) {
				throw new InvalidInputException(at + ".maxDays", "certificate.rules.maxDays");
			}
			boolean test = rule.evidence() == Evidence.NEGATIVE_TEST;
			if (test && (rule.maxHours() == null || rule.maxHours() < 1 || rule.maxHours() > 720)) {
				throw new InvalidInputException(at + ".maxHours", "certificate.rules.maxHours");
			}
			if (!test && (rule.maxHours() != null || !rule.testTypes().isEmpty())) {
				throw new InvalidInputException(at + (rule.maxHours() != null ? ".maxHours" : ".testTypes"),
						"certificate.rules.testOnly");
			}
			if (test && (rule.minDays() != null || rule.maxDays() != null)) {
				throw new InvalidInputException(at + (rule.minDays() != null ? ".minDays" : ".maxDays"),
						"certificate.rules.daysNotForTests");
			}
		}
		return List.copyOf(rules);
	}
}
