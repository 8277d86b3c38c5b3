package vn.pccovid.movement.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/** Reads and replaces a province's checkpoint rule set; holds no personal data, so it is logged, not audited. */
@Service
class RuleEditor {

	private static final Logger log = LoggerFactory.getLogger(RuleEditor.class);
	static final int MAX_RULES = 20;

	private final RuleSets sets;
	private final RuleBook book;
	private final Areas areas;

	RuleEditor(RuleSets sets, RuleBook book, Areas areas) {
		this.sets = sets;
		this.book = book;
		this.areas = areas;
	}

	List<String> codes() {
		return book.codes();
	}

	RuleSets.RuleSet get(Actor actor, String province) {
		AreaCode code = province(province);
		if (!actor.scope().covers(code) && !(actor.scope().area() != null && actor.scope().area().province().equals(code.province()))) {
			actor.requireCovers(code);
		}
		return sets.of(code.province());
	}

	RuleSets.RuleSet replace(Actor actor, String province, List<RuleSets.RuleRow> rules) {
		actor.require(Permission.MOVEMENT_RULES_MANAGE);
		AreaCode code = province(province);
		actor.requireCovers(code);
		if (rules == null) {
			throw new InvalidInputException("rules", "movement.rules.required");
		}
		if (rules.size() > MAX_RULES) {
			throw new InvalidInputException("rules", "movement.rules.tooMany", MAX_RULES);
		}
		List<RuleSets.RuleRow> cleaned = rules.stream().map(r -> r == null ? new RuleSets.RuleRow(null, "")
				: new RuleSets.RuleRow(r.code() == null ? null : r.code().strip().toUpperCase(java.util.Locale.ROOT),
						r.parameter() == null ? "" : r.parameter().strip())).toList();
		book.validate(cleaned);
		sets.replace(code.province(), cleaned);
		log.info("{} replaced the checkpoint rules of province {}: {}", actor.name(), code.province(), cleaned);
		return sets.of(code.province());
	}

	private AreaCode province(String province) {
		Area area = areas.get(province == null ? "" : province.strip(), "province");
		if (area.code().level() != AreaLevel.PROVINCE) {
			throw new InvalidInputException("province", "movement.feed.province");
		}
		return area.code();
	}
}
