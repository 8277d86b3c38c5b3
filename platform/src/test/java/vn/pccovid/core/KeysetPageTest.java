package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeysetPageTest {

	@Test
	void anExtraRowMeansAnotherPageKeyedByTheLastItem() {
		KeysetPage<String> page = KeysetPage.of(List.of("an", "binh", "chau"), 2, String::length);
		assertThat(page.items()).containsExactly("an", "binh");
		assertThat(page.next()).isEqualTo(4);
	}

	@Test
	void noExtraRowMeansTheLastPage() {
		assertThat(KeysetPage.of(List.of("an", "binh"), 2, String::length).next()).isNull();
		assertThat(KeysetPage.of(List.<String>of(), 2, String::length).items()).isEmpty();
	}

	@Test
	void limitsOutsideTheRangeAreAProblemOnLimit() {
		assertThat(KeysetPage.checkedLimit(200, 200)).isEqualTo(200);
		assertThatThrownBy(() -> KeysetPage.checkedLimit(0, 200)).isInstanceOf(InvalidInputException.class)
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("limit");
		assertThatThrownBy(() -> KeysetPage.checkedLimit(201, 200)).isInstanceOf(InvalidInputException.class);
	}
}
