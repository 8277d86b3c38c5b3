package vn.pccovid.certificate.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.pccovid.certificate.CardColour;

/**
 * Decides a card's colour from a person's facts and their province's rules, at an instant: the first rule that
 * matches wins, an active case makes the card red whatever the rules say, nothing gives red. Also says until when
 * the colour holds (so the card's QR never outlives it). Pure: the clock is an argument.
 */
final class CardColours {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private CardColours() {
	}

	/**
	 * The decision.
	 *
	 * @param colour the colour
	 * @param reason the reason code
	 * @param until  when this decision stops holding, or {@code null} if it holds indefinitely
	 */
	record Decision(CardColour colour, String reason, Instant until) {
	}

	static Decision decide(List<CardRule> rules, HealthFacts.Of facts, boolean activeCase, Instant now) {
		if (activeCase) {
			return new Decision(CardColour.RED, "active-case", null);
		}
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		for (CardRule rule : rules) {
			Instant until = switch (rule.evidence()) {
				case FULL_SERIES -> byDays(rule, today, facts.doses().stream().filter(HealthFacts.Dose::completesSeries)
						.map(HealthFacts.Dose::administeredOn).toList());
				case ANY_DOSE -> byDays(rule, today, facts.doses().stream().map(HealthFacts.Dose::administeredOn).toList());
				case RECOVERY -> byDays(rule, today, facts.recoveries().stream().map(HealthFacts.Recovery::recoveredOn).toList());
				case NEGATIVE_TEST -> byHours(rule, now, facts);
			};
			if (until != null) {
				return new Decision(rule.colour(), rule.evidence().reason(), until.equals(Instant.MAX) ? null : until);
			}
		}
		return new Decision(CardColour.RED, "none", null);
	}

	/** {@code null} when no date qualifies, {@link Instant#MAX} when one qualifies for good, else the latest end. */
	private static Instant byDays(CardRule rule, LocalDate today, List<LocalDate> dates) {
		int min = rule.minDays() == null ? 0 : rule.minDays();
		Instant best = null;
		for (LocalDate date : dates) {
			long days = ChronoUnit.DAYS.between(date, today);
			if (days < min || (rule.maxDays() != null && days >= rule.maxDays())) {
				continue;
			}
			Instant until = rule.maxDays() == null ? Instant.MAX : date.plusDays(rule.maxDays()).atStartOfDay(VIETNAM).toInstant();
			best = best == null || until.isAfter(best) ? until : best;
		}
		return best;
	}

	private static Instant byHours(CardRule rule, Instant now, HealthFacts.Of facts) {
		Instant best = null;
		for (HealthFacts.NegativeTest test : facts.tests()) {
			if (!rule.testTypes().isEmpty() && !rule.testTypes().contains(test.testType())) {
				continue;
			}
			Instant until = test.takenAt().plus(Duration.ofHours(rule.maxHours()));
			if (!test.takenAt().isAfter(now) && now.isBefore(until) && (best == null || until.isAfter(best))) {
				best = until;
			}
		}
		return best;
	}
}
