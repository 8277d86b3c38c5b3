package vn.pccovid.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.pccovid.certificate.CardColour;
import vn.pccovid.testing.TestType;

/** The 2021 default rule set at its boundaries, with a fixed clock (noon in Hà Nội, 15 October 2021). */
class CardColoursTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final LocalDate TODAY = LocalDate.of(2021, 10, 15);
	static final Instant NOW = TODAY.atTime(12, 0).atZone(VIETNAM).toInstant();
	static final UUID ID = UUID.randomUUID();

	static HealthFacts.Of doses(int number, int series, LocalDate on) {
		return new HealthFacts.Of(List.of(new HealthFacts.Dose(UUID.randomUUID(), ID, "PFIZER", number, series, on)), List.of(), List.of());
	}

	static HealthFacts.Of test(TestType type, Instant takenAt) {
		return new HealthFacts.Of(List.of(), List.of(new HealthFacts.NegativeTest(UUID.randomUUID(), ID, type, takenAt)), List.of());
	}

	static HealthFacts.Of recovered(LocalDate on) {
		return new HealthFacts.Of(List.of(), List.of(), List.of(new HealthFacts.Recovery(UUID.randomUUID(), ID, on.minusDays(14), on)));
	}

	static CardColours.Decision decide(HealthFacts.Of facts) {
		return CardColours.decide(CardRule.DEFAULT_2021, facts, false, NOW);
	}

	@Test
	void fullyVaccinatedIsGreenFromTheFourteenthDay() {
		assertThat(decide(doses(2, 2, TODAY.minusDays(13))).colour()).as("13 days: one dose ≥ 14 days? no → the second alone").isEqualTo(CardColour.RED);
		assertThat(decide(doses(2, 2, TODAY.minusDays(14)))).isEqualTo(new CardColours.Decision(CardColour.GREEN, "full-series", null));
	}

	@Test
	void oneDoseIsYellowFromTheFourteenthDay() {
		assertThat(decide(doses(1, 2, TODAY.minusDays(13))).colour()).isEqualTo(CardColour.RED);
		assertThat(decide(doses(1, 2, TODAY.minusDays(14)))).isEqualTo(new CardColours.Decision(CardColour.YELLOW, "one-dose", null));
	}

	@Test
	void aSecondDoseOfThirteenDaysWithAnOlderFirstIsYellow() {
		var facts = new HealthFacts.Of(List.of(new HealthFacts.Dose(UUID.randomUUID(), ID, "ASTRAZENECA", 1, 2, TODAY.minusDays(70)),
				new HealthFacts.Dose(UUID.randomUUID(), ID, "ASTRAZENECA", 2, 2, TODAY.minusDays(13))), List.of(), List.of());
		assertThat(decide(facts).colour()).isEqualTo(CardColour.YELLOW);
	}

	@Test
	void aNegativePcrIsYellowForLessThan72Hours() {
		Instant taken = NOW.minus(Duration.ofHours(72)).plusSeconds(1);
		CardColours.Decision yellow = decide(test(TestType.RT_PCR, taken));
		assertThat(yellow.colour()).isEqualTo(CardColour.YELLOW);
		assertThat(yellow.reason()).isEqualTo("negative-test");
		assertThat(yellow.until()).isEqualTo(taken.plus(Duration.ofHours(72)));
		assertThat(decide(test(TestType.RT_PCR, NOW.minus(Duration.ofHours(72)))).colour()).as("72 h exactly").isEqualTo(CardColour.RED);
		assertThat(decide(test(TestType.RAPID_ANTIGEN, NOW.minus(Duration.ofHours(1)))).colour()).as("rapid tests do not count in 2021")
				.isEqualTo(CardColour.RED);
	}

	@Test
	void recoveredIsGreenForLessThan180Days() {
		CardColours.Decision green = decide(recovered(TODAY.minusDays(179)));
		assertThat(green.colour()).isEqualTo(CardColour.GREEN);
		assertThat(green.reason()).isEqualTo("recovered");
		assertThat(green.until()).isEqualTo(TODAY.plusDays(1).atStartOfDay(VIETNAM).toInstant());
		assertThat(decide(recovered(TODAY.minusDays(180))).colour()).isEqualTo(CardColour.RED);
	}

	@Test
	void nothingIsRedAndAnActiveCaseIsRedWhateverTheRules() {
		assertThat(decide(new HealthFacts.Of(List.of(), List.of(), List.of()))).isEqualTo(new CardColours.Decision(CardColour.RED, "none", null));
		assertThat(CardColours.decide(CardRule.DEFAULT_2021, doses(2, 2, TODAY.minusDays(60)), true, NOW).reason()).isEqualTo("active-case");
	}

	@Test
	void aProvinceRuleChangesTheColour() {
		List<CardRule> strict = List.of(new CardRule(CardColour.GREEN, CardRule.Evidence.FULL_SERIES, 21, null, null, null),
				new CardRule(CardColour.YELLOW, CardRule.Evidence.NEGATIVE_TEST, null, null, 48, Set.of()));
		assertThat(CardColours.decide(strict, doses(2, 2, TODAY.minusDays(20)), false, NOW).colour()).isEqualTo(CardColour.RED);
		assertThat(CardColours.decide(strict, doses(2, 2, TODAY.minusDays(21)), false, NOW).colour()).isEqualTo(CardColour.GREEN);
		assertThat(CardColours.decide(strict, test(TestType.RAPID_ANTIGEN, NOW.minus(Duration.ofHours(47))), false, NOW).colour())
				.isEqualTo(CardColour.YELLOW);
	}
}
