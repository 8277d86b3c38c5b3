package vn.pccovid.relief.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CasePeriod;
import vn.pccovid.cases.CaseStatus;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.core.AreaCode;

/** Each rule kind alone, at its boundary; the case rule with and without the cases module. */
class EligibilityTest {

	static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	static final UUID PERSON = UUID.randomUUID();

	@Test
	void agesAreCountedOnTheFirstDayOfTheFirstPeriod() {
		Eligibility eligibility = withoutCases();
		Programme children = programme(new EligibilityRules(null, 15, null, null, null, null));
		assertThat(failed(eligibility, children, person(LocalDate.of(2005, 9, 2), Residency.PERMANENT))).isEmpty();
		assertThat(failed(eligibility, children, person(LocalDate.of(2005, 9, 1), Residency.PERMANENT))).contains("maxAge");
		Programme elders = programme(new EligibilityRules(60, null, null, null, null, null));
		assertThat(failed(eligibility, elders, person(LocalDate.of(1961, 9, 1), Residency.PERMANENT))).isEmpty();
		assertThat(failed(eligibility, elders, person(LocalDate.of(1961, 9, 2), Residency.PERMANENT))).contains("minAge");
	}

	@Test
	void residenceKindsQualifyOnlyWhenListed() {
		Eligibility eligibility = withoutCases();
		Programme programme = programme(new EligibilityRules(null, null, Set.of(Residency.TEMPORARY, Residency.HOMELESS), null, null, null));
		assertThat(failed(eligibility, programme, person(LocalDate.of(1990, 1, 1), Residency.TEMPORARY))).isEmpty();
		assertThat(failed(eligibility, programme, person(LocalDate.of(1990, 1, 1), Residency.HOMELESS))).isEmpty();
		assertThat(failed(eligibility, programme, person(LocalDate.of(1990, 1, 1), Residency.PERMANENT))).contains("residence");
	}

	@Test
	void oneListedFlagSuffices() {
		Eligibility eligibility = withoutCases();
		Programme programme = programme(new EligibilityRules(null, null, null, Set.of(ReliefFlag.FREELANCE, ReliefFlag.SHIPPER), null, null));
		assertThat(failed(eligibility, programme, person(Set.of(ReliefFlag.SHIPPER)))).isEmpty();
		assertThat(failed(eligibility, programme, person(Set.of(ReliefFlag.HOUSEHOLD_BUSINESS)))).contains("flags");
		assertThat(failed(eligibility, programme, person(Set.of()))).contains("flags");
	}

	@Test
	void theAreaRuleKeepsAProvinceProgrammeInItsProvince() {
		Programme programme = programme(new EligibilityRules(null, null, null, null, null, null));
		PersonFacts saigon = new PersonFacts(PERSON, "Lê Văn Tám", LocalDate.of(1980, 1, 1), AreaCode.ward("79", "760", "26734"),
				null, Residency.PERMANENT, Set.of());
		assertThat(failed(withoutCases(), programme, saigon)).contains("area");
		Programme national = new Programme(UUID.randomUUID(), "Quốc gia", "NQ 68", 1, Per.PERSON, List.of(YearMonth.of(2021, 9)),
				programme.rules(), "");
		assertThat(failed(withoutCases(), national, saigon)).isEmpty();
	}

	@Test
	void anF0InTheWindowQualifiesAndOneOutsideItDoesNot() {
		EligibilityRules rules = new EligibilityRules(null, null, null, null, Set.of(CaseLevel.F0),
				new EligibilityRules.Window(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30)));
		Programme programme = programme(rules);
		PersonFacts person = person(Set.of());
		assertThat(failed(withCases(new CasePeriod(UUID.randomUUID(), CaseLevel.F0, LocalDate.of(2021, 8, 20), LocalDate.of(2021, 9, 1))),
				programme, person)).isEmpty();
		assertThat(failed(withCases(new CasePeriod(UUID.randomUUID(), CaseLevel.F0, LocalDate.of(2021, 8, 1), LocalDate.of(2021, 8, 31))),
				programme, person)).contains("caseStatus");
		assertThat(failed(withCases(new CasePeriod(UUID.randomUUID(), CaseLevel.F1, LocalDate.of(2021, 9, 5), null)), programme, person))
				.as("an F1 is not an F0").contains("caseStatus");
		assertThat(failed(withCases(), programme, person)).contains("caseStatus");
	}

	@Test
	void withoutTheCasesModuleTheCaseRuleFailsClosed() {
		Programme programme = programme(new EligibilityRules(null, null, null, null, Set.of(CaseLevel.F0, CaseLevel.F1), null));
		Optional<Eligibility.FailedRule> failed = withoutCases().check(programme, person(Set.of()));
		assertThat(failed).get().extracting(Eligibility.FailedRule::messageKey).isEqualTo("relief.rule.caseStatus.unknown");
	}

	@Test
	void masksNamesToFamilyNameAndInitials() {
		assertThat(MaskedNames.of("Nguyễn Văn An")).isEqualTo("Nguyễn V. A.");
		assertThat(MaskedNames.of("Trần  Thị Ánh  Hồng")).isEqualTo("Trần T. Á. H.");
		assertThat(MaskedNames.of("Đào")).isEqualTo("Đ.");
		assertThat(MaskedNames.of("Nguye\u0302\u0303n Va\u0306n An")).as("NFD input").isEqualTo("Nguyễn V. A.");
	}

	private static List<String> failed(Eligibility eligibility, Programme programme, PersonFacts person) {
		return eligibility.check(programme, person).map(f -> List.of(f.rule())).orElse(List.of());
	}

	private static Programme programme(EligibilityRules rules) {
		return new Programme(UUID.randomUUID(), "Hỗ trợ", "NQ 68", 1_500_000, Per.PERSON,
				List.of(YearMonth.of(2021, 9), YearMonth.of(2021, 10)), rules, "01");
	}

	private static PersonFacts person(LocalDate birth, Residency residency) {
		return new PersonFacts(PERSON, "Nguyễn Văn An", birth, PHUC_XA, UUID.randomUUID(), residency, Set.of());
	}

	private static PersonFacts person(Set<ReliefFlag> flags) {
		return new PersonFacts(PERSON, "Nguyễn Văn An", LocalDate.of(1990, 1, 1), PHUC_XA, UUID.randomUUID(), Residency.PERMANENT, flags);
	}

	private static Eligibility withoutCases() {
		return new Eligibility(new CaseHistory(new StaticListableBeanFactory().getBeanProvider(CaseStatuses.class)));
	}

	private static Eligibility withCases(CasePeriod... periods) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("caseStatuses", new CaseStatuses() {
			public Optional<CaseStatus> currentOf(UUID person) {
				return Optional.empty();
			}

			public List<CasePeriod> historyOf(UUID person) {
				return List.of(periods);
			}
		});
		return new Eligibility(new CaseHistory(beans.getBeanProvider(CaseStatuses.class)));
	}
}
