package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.pccovid.core.InvalidInputException;

class CccdTest {

	private static final Predicate<String> PROVINCES = Set.of("01", "79", "96")::contains;
	private static final LocalDate BORN_1990 = LocalDate.of(1990, 5, 17);

	@Test
	void acceptsAMaleBornIn1990InHanoi() {
		Cccd cccd = new Cccd("001090123456");
		assertThat(cccd.birthProvince()).isEqualTo("01");
		assertThat(cccd.sex()).isEqualTo(Sex.MALE);
		assertThat(cccd.birthYear()).isEqualTo(1990);
		assertThat(cccd.violations(BORN_1990, Sex.MALE, PROVINCES)).isEmpty();
	}

	@Test
	void acceptsAFemaleBornIn2001InCaMau() {
		assertThat(new Cccd("096301000001").violations(LocalDate.of(2001, 1, 1), Sex.FEMALE, PROVINCES)).isEmpty();
	}

	@Test
	void encodesCenturyAndSexInTheFourthDigit() {
		assertThat(Cccd.centuryDigit(1999, Sex.MALE)).isZero();
		assertThat(Cccd.centuryDigit(1950, Sex.FEMALE)).isEqualTo(1);
		assertThat(Cccd.centuryDigit(2000, Sex.MALE)).isEqualTo(2);
		assertThat(Cccd.centuryDigit(2021, Sex.FEMALE)).isEqualTo(3);
		assertThat(Cccd.centuryDigit(2100, Sex.MALE)).isEqualTo(4);
		assertThat(Cccd.centuryDigit(2150, Sex.FEMALE)).isEqualTo(5);
		assertThat(Cccd.centuryDigit(1899, Sex.MALE)).isEqualTo(-1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "00109012345", "0010901234567", "00109012345a", "001 90123456", "００１０９０１２３４５６" })
	void rejectsAnythingButTwelveDigits(String text) {
		assertThat(Cccd.isWellFormed(text)).isFalse();
		assertThatThrownBy(() -> new Cccd(text)).isInstanceOf(InvalidInputException.class)
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("cccd");
	}

	@Test
	void rejectsNull() {
		assertThatThrownBy(() -> new Cccd(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void rejectsAnUnknownProvinceOfBirth() {
		assertThat(keys(new Cccd("099090123456"), BORN_1990, Sex.MALE)).containsExactly("registry.cccd.province");
		assertThat(keys(new Cccd("101090123456"), BORN_1990, Sex.MALE)).containsExactly("registry.cccd.province");
	}

	@Test
	void rejectsACenturyDigitThatDoesNotFitTheBirthYear() {
		assertThat(keys(new Cccd("001290123456"), BORN_1990, Sex.MALE)).containsExactly("registry.cccd.century");
		assertThat(keys(new Cccd("001001123456"), LocalDate.of(2001, 3, 3), Sex.MALE)).containsExactly("registry.cccd.century");
	}

	@Test
	void rejectsACenturyDigitThatDoesNotFitTheSex() {
		assertThat(keys(new Cccd("001190123456"), BORN_1990, Sex.MALE)).containsExactly("registry.cccd.sex");
		assertThat(keys(new Cccd("001090123456"), BORN_1990, Sex.FEMALE)).containsExactly("registry.cccd.sex");
	}

	@Test
	void rejectsYearDigitsThatAreNotTheBirthYear() {
		assertThat(keys(new Cccd("001091123456"), BORN_1990, Sex.MALE)).containsExactly("registry.cccd.year");
	}

	@Test
	void namesTheFieldCccdInEveryViolation() {
		assertThat(new Cccd("099391123456").violations(BORN_1990, Sex.MALE, PROVINCES))
				.extracting(Violation::field).containsOnly("cccd").hasSize(3);
	}

	private static java.util.List<String> keys(Cccd cccd, LocalDate birth, Sex sex) {
		return cccd.violations(birth, sex, PROVINCES).stream().map(Violation::messageKey).toList();
	}
}
