package vn.pccovid.vaccination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.pccovid.core.AreaCode;

/** Priority groups decide membership from their data only: age on the day, province, residence prefix. */
class PriorityGroupTest {

	private static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	private static final AreaCode TAN_DINH = AreaCode.ward("79", "760", "26734");
	private static final LocalDate TODAY = LocalDate.of(2021, 8, 1);

	@Test
	void anAgeGroupAdmitsFromTheBirthdayOn() {
		PriorityGroup over65 = new PriorityGroup("AGE_65", 5, "Người từ 65 tuổi trở lên", "65+", null, 65, null, false);
		assertThat(over65.admits(LocalDate.of(1956, 8, 1), PHUC_XA, TODAY)).isTrue();
		assertThat(over65.admits(LocalDate.of(1956, 8, 2), PHUC_XA, TODAY)).isFalse();
	}

	@Test
	void aProvincesOwnGroupAdmitsOnlyItsResidentsAndCanNarrowToAnArea() {
		PriorityGroup saigonMarkets = new PriorityGroup("HCM_MARKET", 3, "Tiểu thương chợ", "Market traders", "79", 18,
				TAN_DINH.parent().path(), false);
		LocalDate adult = LocalDate.of(1980, 1, 1);
		assertThat(saigonMarkets.admits(adult, TAN_DINH, TODAY)).isTrue();
		assertThat(saigonMarkets.admits(adult, PHUC_XA, TODAY)).isFalse();
		assertThat(saigonMarkets.admits(adult, AreaCode.ward("79", "761", "26740"), TODAY)).as("another district").isFalse();
		assertThat(saigonMarkets.admits(adult, null, TODAY)).as("no known residence").isFalse();
		assertThat(saigonMarkets.admits(LocalDate.of(2004, 1, 1), TAN_DINH, TODAY)).as("under 18").isFalse();
	}

	@Test
	void aGroupTheRegistryCannotDecideAdmitsEveryoneAndAsksForADocument() {
		PriorityGroup teachers = new PriorityGroup("TEACHER", 4, "Giáo viên", "Teachers", null, null, null, true);
		assertThat(teachers.admits(LocalDate.of(1990, 1, 1), PHUC_XA, TODAY)).isTrue();
		assertThat(teachers.needsDocument()).isTrue();
	}
}
