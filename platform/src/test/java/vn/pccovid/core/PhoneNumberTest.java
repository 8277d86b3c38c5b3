package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "0912345678", "+84912345678", "84912345678", "091 234 5678", "091.234.5678", "+84 91-234-5678" })
	void normalisesToTheNationalForm(String text) {
		assertThat(PhoneNumber.parse(text)).contains(new PhoneNumber("0912345678"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "091234567", "09123456789", "0212345678", "abcdefghij", "+1 912345678" })
	void rejectsWhatIsNotAVietnameseMobile(String text) {
		assertThat(PhoneNumber.parse(text)).isEmpty();
	}

	@Test
	void masksAllButTheFirstAndLastTwoDigits() {
		assertThat(new PhoneNumber("0912345678").masked()).isEqualTo("09******78");
	}
}
