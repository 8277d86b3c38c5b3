package vn.pccovid.movement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.pccovid.cases.CaseLevel;
import vn.pccovid.cases.CasePeriod;
import vn.pccovid.cases.CaseState;
import vn.pccovid.cases.CaseStatus;
import vn.pccovid.cases.CaseStatuses;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.VaccinationRecords;

/** Each checkpoint rule alone, at its boundary; an absent input makes a rule silent; the rule book follows the set. */
class CheckpointRulesTest {

	static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	static final AreaCode TRUC_BACH = AreaCode.ward("01", "001", "00004");
	static final AreaCode OTHER_DISTRICT = AreaCode.ward("01", "002", "00037");
	static final LocalDate TODAY = LocalDate.of(2021, 9, 8);
	static final UUID PERSON = UUID.randomUUID();

	static ScanSubject subject(AreaCode at, PermitTerms... permits) {
		return new ScanSubject(PERSON, List.of(permits), at, TODAY, Instant.parse("2021-09-08T03:00:00Z"));
	}

	static List<String> reasons(CheckpointRule rule, String parameter, ScanSubject subject) {
		List<String> reasons = new ArrayList<>();
		rule.check(parameter, subject, reasons);
		return reasons;
	}

	@Test
	void permitZone() {
		PermitRule rule = new PermitRule();
		PermitTerms ward = new PermitTerms(TODAY, TODAY, List.of(PHUC_XA));
		assertThat(reasons(rule, "", subject(PHUC_XA, ward))).isEmpty();
		assertThat(reasons(rule, "", subject(TRUC_BACH, ward))).containsExactly("ZONE_NOT_ALLOWED");
		PermitTerms district = new PermitTerms(TODAY, TODAY, List.of(AreaCode.district("01", "001")));
		assertThat(reasons(rule, "", subject(TRUC_BACH, district))).isEmpty();
		assertThat(reasons(rule, "", subject(OTHER_DISTRICT, district))).containsExactly("ZONE_NOT_ALLOWED");
		assertThat(reasons(rule, "", subject(OTHER_DISTRICT, new PermitTerms(TODAY, TODAY, List.of(AreaCode.province("01")))))).isEmpty();
		assertThat(reasons(rule, "", subject(PHUC_XA))).containsExactly("NO_PERMIT");
	}

	@Test
	void permitDates() {
		PermitRule rule = new PermitRule();
		List<AreaCode> zone = List.of(PHUC_XA);
		assertThat(reasons(rule, "", subject(PHUC_XA, new PermitTerms(TODAY, TODAY, zone)))).isEmpty();
		assertThat(reasons(rule, "", subject(PHUC_XA, new PermitTerms(TODAY.minusDays(5), TODAY, zone)))).isEmpty();
		assertThat(reasons(rule, "", subject(PHUC_XA, new PermitTerms(TODAY.minusDays(5), TODAY.minusDays(1), zone))))
				.containsExactly("PERMIT_EXPIRED");
		assertThat(reasons(rule, "", subject(PHUC_XA, new PermitTerms(TODAY.plusDays(1), TODAY.plusDays(3), zone))))
				.containsExactly("PERMIT_NOT_YET_VALID");
		assertThat(reasons(rule, "", subject(PHUC_XA, new PermitTerms(TODAY.minusDays(3), TODAY.minusDays(1), zone),
				new PermitTerms(TODAY, TODAY.plusDays(1), zone)))).as("one valid permit among several suffices").isEmpty();
		assertThat(reasons(rule, "", subject(TRUC_BACH, new PermitTerms(TODAY.minusDays(3), TODAY.minusDays(1), zone))))
				.containsExactly("ZONE_NOT_ALLOWED", "PERMIT_EXPIRED");
		assertThatThrownBy(() -> rule.validate("x", "rules[0].parameter")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void caseStatus() {
		CaseStatuses statuses = new CaseStatuses() {
			@Override
			public Optional<CaseStatus> currentOf(UUID person) {
				return Optional.of(new CaseStatus(UUID.randomUUID(), person, CaseLevel.F1, CaseState.QUARANTINED, Instant.EPOCH));
			}

			@Override
			public List<CasePeriod> historyOf(UUID person) {
				return List.of();
			}
		};
		CaseStatusRule rule = new CaseStatusRule(provider(CaseStatuses.class, statuses));
		assertThat(reasons(rule, "F0,F1", subject(PHUC_XA))).containsExactly("CASE_F1");
		assertThat(reasons(rule, "F0", subject(PHUC_XA))).as("F1 not listed").isEmpty();
		assertThat(reasons(new CaseStatusRule(provider(CaseStatuses.class, new CaseStatuses() {
			@Override
			public Optional<CaseStatus> currentOf(UUID person) {
				return Optional.of(new CaseStatus(UUID.randomUUID(), person, CaseLevel.F1, CaseState.CLEARED, Instant.EPOCH));
			}

			@Override
			public List<CasePeriod> historyOf(UUID person) {
				return List.of();
			}
		})), "F0,F1", subject(PHUC_XA))).as("an ended case restricts nobody").isEmpty();
		assertThat(reasons(new CaseStatusRule(provider(CaseStatuses.class, null)), "F0,F1", subject(PHUC_XA)))
				.as("without the cases module the rule is silent").isEmpty();
		assertThatThrownBy(() -> rule.validate("F9", "p")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void vaccination() {
		List<AdministeredDose> doses = List.of(dose(1, TODAY.minusDays(60)), dose(2, TODAY.minusDays(14)));
		VaccinationRule rule = new VaccinationRule(provider(VaccinationRecords.class, person -> doses));
		assertThat(reasons(rule, "2:14", subject(PHUC_XA))).as("the second dose exactly 14 days ago").isEmpty();
		assertThat(reasons(rule, "2:15", subject(PHUC_XA))).containsExactly("VACCINATION_REQUIRED");
		assertThat(reasons(rule, "3", subject(PHUC_XA))).containsExactly("VACCINATION_REQUIRED");
		assertThat(reasons(rule, "1:60", subject(PHUC_XA))).isEmpty();
		assertThat(reasons(rule, "1:61", subject(PHUC_XA))).containsExactly("VACCINATION_REQUIRED");
		assertThat(reasons(new VaccinationRule(provider(VaccinationRecords.class, person -> List.of())), "1", subject(PHUC_XA)))
				.containsExactly("VACCINATION_REQUIRED");
		assertThat(reasons(new VaccinationRule(provider(VaccinationRecords.class, null)), "2:14", subject(PHUC_XA))).isEmpty();
		assertThatThrownBy(() -> rule.validate("0", "p")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> rule.validate("2:x", "p")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theRuleBookAppliesTheSetsRulesInOrderAndNamesTheBadRow() {
		RuleBook book = new RuleBook(List.of(new PermitRule(), new VaccinationRule(provider(VaccinationRecords.class,
				person -> List.of()))));
		ScanSubject subject = subject(TRUC_BACH, new PermitTerms(TODAY, TODAY, List.of(PHUC_XA)));
		assertThat(book.reasons(new RuleSets.RuleSet("01", true, List.of(new RuleSets.RuleRow("VACCINATION", "1"),
				new RuleSets.RuleRow("PERMIT", ""))), subject)).containsExactly("VACCINATION_REQUIRED", "ZONE_NOT_ALLOWED");
		assertThat(book.reasons(new RuleSets.RuleSet("01", true, List.of()), subject)).as("an empty set lets everyone pass").isEmpty();
		assertThatThrownBy(() -> book.validate(List.of(new RuleSets.RuleRow("PERMIT", ""), new RuleSets.RuleRow("CURFEW", ""))))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rules[1].code"));
	}

	@Test
	void shipperHoursWrapPastMidnight() {
		ShipperDeclaration night = new ShipperDeclaration(PERSON, PHUC_XA, List.of(PHUC_XA), java.time.LocalTime.of(22, 0),
				java.time.LocalTime.of(6, 0));
		assertThat(night.violation(PHUC_XA, java.time.LocalTime.of(23, 0))).isNull();
		assertThat(night.violation(PHUC_XA, java.time.LocalTime.of(5, 59))).isNull();
		assertThat(night.violation(PHUC_XA, java.time.LocalTime.of(6, 0))).isEqualTo("OUTSIDE_HOURS");
		assertThat(night.violation(TRUC_BACH, java.time.LocalTime.of(12, 0))).isEqualTo("OUTSIDE_AREA_AND_HOURS");
	}

	private static AdministeredDose dose(int number, LocalDate on) {
		return new AdministeredDose(UUID.randomUUID(), "ASTRAZENECA", "L1", number, 2, on, "Trạm y tế");
	}

	private static <T> org.springframework.beans.factory.ObjectProvider<T> provider(Class<T> type, T bean) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory();
		if (bean != null) {
			factory.addBean(type.getSimpleName(), bean);
		}
		return factory.getBeanProvider(type);
	}
}
