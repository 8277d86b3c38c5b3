package vn.pccovid.movement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.pccovid.core.InvalidInputException;

/** The kinds of rule a rule set may name, and the evaluation of a province's set for one scan. */
@Component
class RuleBook {

	private final Map<String, CheckpointRule> rules;

	RuleBook(List<CheckpointRule> rules) {
		this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(CheckpointRule::code, Function.identity()));
	}

	/** The codes of the rule kinds this platform knows. */
	List<String> codes() {
		return rules.keySet().stream().sorted().toList();
	}

	/** Every reason the set's rules give against the subject, in the set's order; empty means allow. */
	List<String> reasons(RuleSets.RuleSet set, ScanSubject subject) {
		List<String> reasons = new ArrayList<>(2);
		for (RuleSets.RuleRow row : set.rules()) {
			CheckpointRule rule = rules.get(row.code());
			if (rule != null) {
				rule.check(row.parameter(), subject, reasons);
			}
		}
		return reasons;
	}

	/** A 400 problem naming {@code rules[i].code} or {@code rules[i].parameter} for a row that is not valid. */
	void validate(List<RuleSets.RuleRow> rows) {
		for (int i = 0; i < rows.size(); i++) {
			RuleSets.RuleRow row = rows.get(i);
			CheckpointRule rule = row.code() == null ? null : rules.get(row.code());
			if (rule == null) {
				throw new InvalidInputException("rules[" + i + "].code", "movement.rules.code", String.valueOf(row.code()),
						String.join(", ", codes()));
			}
			rule.validate(row.parameter(), "rules[" + i + "].parameter");
		}
	}
}
