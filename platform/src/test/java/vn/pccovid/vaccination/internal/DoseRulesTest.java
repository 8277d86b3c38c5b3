package vn.pccovid.vaccination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.pccovid.core.InvalidInputException;
import vn.pccovid.vaccination.AdministeredDose;

/** Dose intervals, mixing and boosters at their boundaries, with the rules as the migration seeds them. */
class DoseRulesTest {

	static final LocalDate FIRST = LocalDate.of(2021, 8, 2);

	final DoseRules rules = new DoseRules(Map.of(
			"ASTRAZENECA", new Product("ASTRAZENECA", "AstraZeneca", 2, 56, 90, 10),
			"PFIZER", new Product("PFIZER", "Pfizer", 2, 21, 90, 6),
			"MODERNA", new Product("MODERNA", "Moderna", 2, 28, 90, 10),
			"SINOPHARM", new Product("SINOPHARM", "Sinopharm", 2, 21, 90, 1),
			"JANSSEN", new Product("JANSSEN", "Janssen", 1, 0, 60, 5),
			"ABDALA", new Product("ABDALA", "Abdala", 3, 14, null, 10)),
			Set.of(DoseRules.mixKey("ASTRAZENECA", "PFIZER", "SERIES"), DoseRules.mixKey("ASTRAZENECA", "MODERNA", "SERIES"),
					DoseRules.mixKey("SINOPHARM", "PFIZER", "BOOSTER"), DoseRules.mixKey("JANSSEN", "PFIZER", "BOOSTER")));

	static AdministeredDose dose(String product, int number, int series, LocalDate on) {
		return new AdministeredDose(UUID.randomUUID(), product, "L1", number, series, on, "Trạm Y tế");
	}

	@Test
	void aSecondPfizerDoseWaitsTwentyOneDaysToTheDay() {
		List<AdministeredDose> earlier = List.of(dose("PFIZER", 1, 2, FIRST));
		assertThatThrownBy(() -> rules.check(earlier, "PFIZER", 2, FIRST.plusDays(20)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("doseNumber"));
		rules.check(earlier, "PFIZER", 2, FIRST.plusDays(21));
		assertThat(rules.next(earlier, FIRST).dueOn()).isEqualTo(FIRST.plusDays(21));
	}

	@Test
	void astraZenecaMayBeFollowedByPfizerButNotBySinopharm() {
		List<AdministeredDose> earlier = List.of(dose("ASTRAZENECA", 1, 2, FIRST));
		rules.check(earlier, "PFIZER", 2, FIRST.plusDays(56));
		rules.check(earlier, "moderna", 2, FIRST.plusDays(56));
		assertThatThrownBy(() -> rules.check(earlier, "SINOPHARM", 2, FIRST.plusDays(56)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("product"));
		assertThatThrownBy(() -> rules.check(earlier, "PFIZER", 2, FIRST.plusDays(55)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("doseNumber"));
	}

	@Test
	void aBoosterWaitsNinetyDaysAfterTheSeriesAndFollowsTheMixingRules() {
		LocalDate second = FIRST.plusDays(21);
		List<AdministeredDose> series = List.of(dose("SINOPHARM", 1, 2, FIRST), dose("SINOPHARM", 2, 2, second));
		assertThat(rules.next(series, second).booster()).isTrue();
		assertThat(rules.next(series, second).dueOn()).isEqualTo(second.plusDays(90));
		assertThatThrownBy(() -> rules.check(series, "PFIZER", 3, second.plusDays(89))).isInstanceOf(InvalidInputException.class);
		rules.check(series, "PFIZER", 3, second.plusDays(90));
		rules.check(series, "SINOPHARM", 3, second.plusDays(90));
		assertThatThrownBy(() -> rules.check(series, "MODERNA", 3, second.plusDays(90)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("product"));
	}

	@Test
	void aSingleDoseProductCompletesTheSeriesAndABoosterFollowsItsOwnInterval() {
		List<AdministeredDose> one = List.of(dose("JANSSEN", 1, 1, FIRST));
		assertThat(one.get(0).completesSeries()).isTrue();
		assertThat(rules.next(one, FIRST).doseNumber()).isEqualTo(2);
		assertThat(rules.next(one, FIRST).dueOn()).isEqualTo(FIRST.plusDays(60));
		rules.check(one, "PFIZER", 2, FIRST.plusDays(60));
	}

	@Test
	void aProductWithoutABoosterRuleHasNoNextDoseAfterItsSeries() {
		List<AdministeredDose> three = List.of(dose("ABDALA", 1, 3, FIRST), dose("ABDALA", 2, 3, FIRST.plusDays(14)),
				dose("ABDALA", 3, 3, FIRST.plusDays(28)));
		assertThat(rules.next(three.subList(0, 2), FIRST).booster()).isFalse();
		assertThat(rules.next(three, FIRST)).isNull();
		assertThatThrownBy(() -> rules.check(three, "ABDALA", 4, FIRST.plusYears(1)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("product"));
	}

	@Test
	void theDoseNumberMustFollowTheLastDoseAndTheProductMustBeKnown() {
		assertThatThrownBy(() -> rules.check(List.of(), "PFIZER", 2, FIRST))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("doseNumber"));
		assertThatThrownBy(() -> rules.check(List.of(), "COVAXIN", 1, FIRST))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("product"));
		rules.check(List.of(), "PFIZER", 1, FIRST);
	}
}
