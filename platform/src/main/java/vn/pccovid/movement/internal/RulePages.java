package vn.pccovid.movement.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.ProblemException;

/** The province administrator's page for the checkpoint rule set: one rule per line, {@code CODE parameter}. */
@Controller
@Allowed(Permission.MOVEMENT_RULES_MANAGE)
class RulePages {

	private final RuleEditor editor;
	private final MessageSource messages;

	RulePages(RuleEditor editor, MessageSource messages) {
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping("/console/movement/rules")
	String page(Actor actor, @RequestParam(required = false) String province, Model model) {
		String code = province(actor, province);
		RuleSets.RuleSet set = editor.get(actor, code);
		model.addAttribute("province", code);
		model.addAttribute("own", set.own());
		model.addAttribute("text", String.join("\n", set.rules().stream()
				.map(r -> r.parameter().isEmpty() ? r.code() : r.code() + " " + r.parameter()).toList()));
		model.addAttribute("codes", editor.codes());
		return "movement/rules";
	}

	@PostMapping("/console/movement/rules")
	String save(Actor actor, @RequestParam(required = false) String province, @RequestParam(required = false) String rules,
			Model model) {
		String code = province(actor, province);
		try {
			List<RuleSets.RuleRow> rows = new ArrayList<>();
			for (String line : (rules == null ? "" : rules).split("\\R")) {
				if (!line.isBlank()) {
					String[] parts = line.strip().split("\\s+", 2);
					rows.add(new RuleSets.RuleRow(parts[0], parts.length > 1 ? parts[1] : ""));
				}
			}
			editor.replace(actor, code, rows);
			model.addAttribute("saved", true);
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.localizedMessage(messages));
		}
		return page(actor, code, model);
	}

	private static String province(Actor actor, String requested) {
		if (requested != null && !requested.isBlank()) {
			return requested.strip();
		}
		if (actor.scope().isNational()) {
			throw new InvalidInputException("province", "movement.feed.province");
		}
		return actor.scope().area().province();
	}
}
