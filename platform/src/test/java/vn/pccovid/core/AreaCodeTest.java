package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AreaCodeTest {

	@Test
	void wardKnowsItsLevelParentAndProvince() {
		AreaCode ward = AreaCode.ward("01", "001", "00001");
		assertThat(ward.level()).isEqualTo(AreaLevel.WARD);
		assertThat(ward.value()).isEqualTo("00001");
		assertThat(ward.parent()).isEqualTo(AreaCode.district("01", "001"));
		assertThat(ward.parent().parent()).isEqualTo(AreaCode.province("01"));
		assertThat(ward.parent().parent().parent()).isNull();
	}

	@Test
	void pathRoundTripsAndScopesByPrefix() {
		AreaCode ward = AreaCode.parsePath("01.001.00001");
		assertThat(ward.path()).isEqualTo("01.001.00001");
		assertThat(ward.isWithin(AreaCode.province("01"))).isTrue();
		assertThat(ward.isWithin(AreaCode.district("01", "001"))).isTrue();
		assertThat(ward.isWithin(ward)).isTrue();
		assertThat(ward.isWithin(AreaCode.district("01", "002"))).isFalse();
		assertThat(AreaCode.province("01").isWithin(ward)).isFalse();
		// "01.0011" must not count as inside "01.001": the prefix ends at a dot.
		assertThat(AreaCode.parsePath("10").isWithin(AreaCode.province("01"))).isFalse();
	}

	@Test
	void rejectsMalformedCodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.province("1"));
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.province("0a"));
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.district("01", "1234"));
		assertThatIllegalArgumentException().isThrownBy(() -> new AreaCode("01", null, "00001"));
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.parsePath("01.001.00001.9"));
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.parsePath(""));
	}

	@Test
	void recognisesTheShapeOfCodes() {
		assertThat(AreaCode.looksLikeCode("01")).isTrue();
		assertThat(AreaCode.looksLikeCode("001")).isTrue();
		assertThat(AreaCode.looksLikeCode("00001")).isTrue();
		assertThat(AreaCode.looksLikeCode("0001")).isFalse();
		assertThat(AreaCode.looksLikeCode("0x")).isFalse();
		assertThat(AreaCode.looksLikeCode(null)).isFalse();
	}
}
