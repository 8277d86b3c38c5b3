package vn.pccovid.certificate.internal;

import java.util.List;
import java.util.Set;

import vn.pccovid.certificate.CardColour;
import vn.pccovid.testing.TestType;

/**
 * One line of a province's COVID card rule set: "this colour, when the person has this evidence, within these
 * bounds". Rules are tried in order; the first that matches gives the colour; none gives red.
 *
 * @param colour    the colour it gives
 * @param evidence  what the person must have
 * @param minDays   whole days (Vietnam's calendar) since the dose or recovery, at least; {@code null} = 0
 * @param maxDays   days since, less than; {@code null} = no end (required for nothing)
 * @param maxHours  hours since the sample was taken, less than (negative tests only, required there)
 * @param testTypes which tests count (negative tests only; empty = any)
 */
record CardRule(CardColour colour, Evidence evidence, Integer minDays, Integer maxDays, Integer maxHours,
		Set<TestType> testTypes) {

	/** What a rule looks at. */
	enum Evidence {
		/** A dose that completes the primary series (or a booster). */
		FULL_SERIES,
		/** Any dose. */
		ANY_DOSE,
		/** A recovery from COVID-19. */
		RECOVERY,
		/** A negative test. */
		NEGATIVE_TEST;

		/** The reason code the card gives when a rule on this evidence decided. */
		String reason() {
			return switch (this) {
				case FULL_SERIES -> "full-series";
				case ANY_DOSE -> "one-dose";
				case RECOVERY -> "recovered";
				case NEGATIVE_TEST -> "negative-test";
			};
		}
	}

	CardRule {
		testTypes = testTypes == null ? Set.of() : Set.copyOf(testTypes);
	}

	/**
	 * The Ministry of Health's 2021 rule: green when fully vaccinated at least 14 days ago or recovered less than 180
	 * days ago; yellow after one dose at least 14 days ago or with a negative RT-PCR less than 72 hours old.
	 */
	static final List<CardRule> DEFAULT_2021 = List.of(
			new CardRule(CardColour.GREEN, Evidence.FULL_SERIES, 14, null, null, null),
			new CardRule(CardColour.GREEN, Evidence.RECOVERY, null, 180, null, null),
			new CardRule(CardColour.YELLOW, Evidence.ANY_DOSE, 14, null, null, null),
			new CardRule(CardColour.YELLOW, Evidence.NEGATIVE_TEST, null, null, 72, Set.of(TestType.RT_PCR)));
}
