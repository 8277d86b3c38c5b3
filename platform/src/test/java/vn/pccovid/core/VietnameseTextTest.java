package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

	@Test
	void foldsDiacriticsCaseAndDStroke() {
		assertThat(VietnameseText.fold("Thành phố Hà Nội")).isEqualTo("thanh pho ha noi");
		assertThat(VietnameseText.fold("ĐỖ Thị Đào")).isEqualTo("do thi dao");
		assertThat(VietnameseText.fold("  Nguyễn   Văn  A ")).isEqualTo("nguyen van a");
	}

	@Test
	void nfdAndNfcFoldTheSame() {
		String nfd = Normalizer.normalize("Phường Phúc Xá", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("Phường Phúc Xá");
		assertThat(VietnameseText.fold(nfd)).isEqualTo(VietnameseText.fold("Phường Phúc Xá")).isEqualTo("phuong phuc xa");
	}

	@Test
	void nfcComposesAndTidiesWhitespace() {
		String nfd = Normalizer.normalize("Lê  Thị\tHồng", Normalizer.Form.NFD);
		assertThat(VietnameseText.nfc(nfd)).isEqualTo("Lê Thị Hồng");
		assertThat(Normalizer.isNormalized(VietnameseText.nfc(nfd), Normalizer.Form.NFC)).isTrue();
		assertThat(VietnameseText.nfc(null)).isNull();
	}
}
