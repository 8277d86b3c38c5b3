package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

	private static final String NAME = "Nguyễn Thị Hồng Nhung";

	@ParameterizedTest
	@ValueSource(strings = { "Nguyễn Thị Hồng Nhung", "nguyen thi hong nhung", "NGUYEN THI HONG NHUNG",
			"  Nguyễn   Thị Hồng\tNhung ", "Nguyễn\u00A0Thị Hồng Nhung", "Nguyen Thi Hong Nhung" })
	void matchesWithOrWithoutDiacriticsCaseAndSpaces(String spelling) {
		assertThat(PersonName.same(NAME, spelling)).isTrue();
	}

	@Test
	void matchesDecomposedUnicode() {
		assertThat(PersonName.same(NAME, Normalizer.normalize(NAME, Normalizer.Form.NFD))).isTrue();
	}

	@Test
	void foldsDStroke() {
		assertThat(PersonName.same("Đặng Văn Đức", "dang van duc")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nguyễn Thị Hồng", "Nguyễn Thị Hồng Nhungg", "Trần Thị Hồng Nhung", "NguyễnThịHồngNhung" })
	void doesNotMatchAnotherName(String other) {
		assertThat(PersonName.same(NAME, other)).isFalse();
	}

	@Test
	void storesNfcWithSingleSpaces() {
		assertThat(PersonName.normalize(" " + Normalizer.normalize("Lê  Văn Tám", Normalizer.Form.NFD) + " ")).isEqualTo("Lê Văn Tám");
		assertThat(PersonName.key("Lê Văn Tám")).isEqualTo("le van tam");
	}

	@Test
	void acceptsOnlyPlausibleNames() {
		assertThat(PersonName.isPlausible("H'Hen Niê")).isTrue();
		assertThat(PersonName.isPlausible("Nguyễn Văn A")).isTrue();
		assertThat(PersonName.isPlausible("<script>")).isFalse();
		assertThat(PersonName.isPlausible("Nguyễn 123")).isFalse();
		assertThat(PersonName.isPlausible("x".repeat(101))).isFalse();
		assertThat(PersonName.isPlausible("")).isFalse();
	}
}
