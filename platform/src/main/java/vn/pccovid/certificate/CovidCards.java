package vn.pccovid.certificate;

import java.util.UUID;

/**
 * The COVID card's colour for other modules' rules (checkpoints: "vaccination status decides who may travel"). A
 * system lookup that shows nothing by itself: the module that shows the result audits that read.
 */
public interface CovidCards {

	/** The person's colour now, by the rule set of their province (red when nothing qualifies them). */
	CardColour colourOf(UUID person);
}
