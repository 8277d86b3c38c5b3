package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.pccovid.core.InvalidInputException;

class CccdQrTest {

	private static final Predicate<String> PROVINCES = Set.of("01", "79")::contains;
	private static final LocalDate TODAY = LocalDate.of(2021, 10, 1);
	static final String QR = "001190012345|123456789|Nguyễn Thị Hồng Nhung|05031990|Nữ|Số 12 ngõ 34 Phúc Xá, Ba Đình, Hà Nội|12082021";

	@Test
	void readsEveryFieldOfAChipCardQr() {
		CccdCard card = parse(QR);
		assertThat(card).isEqualTo(new CccdCard("001190012345", "123456789", "Nguyễn Thị Hồng Nhung",
				LocalDate.of(1990, 3, 5), Sex.FEMALE, "Số 12 ngõ 34 Phúc Xá, Ba Đình, Hà Nội", LocalDate.of(2021, 8, 12)));
	}

	@Test
	void acceptsAnEmptyCmnd() {
		assertThat(parse(QR.replace("|123456789|", "||")).cmnd()).isNull();
	}

	@Test
	void turnsDecomposedUnicodeIntoNfc() {
		CccdCard card = parse(Normalizer.normalize(QR, Normalizer.Form.NFD));
		assertThat(card.fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
		assertThat(Normalizer.isNormalized(card.address(), Normalizer.Form.NFC)).isTrue();
		assertThat(card.sex()).isEqualTo(Sex.FEMALE);
	}

	@Test
	void readsAManWithNam() {
		assertThat(parse("079085000001||Trần Văn An|01011985|Nam|Quận 1, TP HCM|01072021").sex()).isEqualTo(Sex.MALE);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"extra separator; 001190012345|123456789|Nguyễn Thị Hồng Nhung|05031990|Nữ|Phúc Xá|12082021|; registry.qr.parts",
			"missing separator; 001190012345|Nguyễn Thị Hồng Nhung|05031990|Nữ|Phúc Xá|12082021; registry.qr.parts",
			"short cccd; 00119001234|123456789|Nguyễn Thị Hồng Nhung|05031990|Nữ|Phúc Xá|12082021; registry.qr.cccd",
			"bad cmnd; 001190012345|12345|Nguyễn Thị Hồng Nhung|05031990|Nữ|Phúc Xá|12082021; registry.qr.cmnd",
			"no name; 001190012345|123456789| |05031990|Nữ|Phúc Xá|12082021; registry.qr.name",
			"wrong date; 001190012345|123456789|Nguyễn Thị Hồng Nhung|31021990|Nữ|Phúc Xá|12082021; registry.qr.dateOfBirth",
			"date in another format; 001190012345|123456789|Nguyễn Thị Hồng Nhung|1990-03-05|Nữ|Phúc Xá|12082021; registry.qr.dateOfBirth",
			"unknown sex; 001190012345|123456789|Nguyễn Thị Hồng Nhung|05031990|F|Phúc Xá|12082021; registry.qr.sex",
			"no address; 001190012345|123456789|Nguyễn Thị Hồng Nhung|05031990|Nữ||12082021; registry.qr.address",
			"issued before birth; 001190012345|123456789|Nguyễn Thị Hồng Nhung|05031990|Nữ|Phúc Xá|12081980; registry.qr.issueDate",
			"sex does not fit cccd; 001190012345|123456789|Nguyễn Văn Hùng|05031990|Nam|Phúc Xá|12082021; registry.cccd.sex",
			"year does not fit cccd; 001190012345|123456789|Nguyễn Thị Hồng Nhung|05031991|Nữ|Phúc Xá|12082021; registry.cccd.year",
			"unknown province; 099190012345|123456789|Nguyễn Thị Hồng Nhung|05031990|Nữ|Phúc Xá|12082021; registry.cccd.province" })
	void rejectsDefectsOnTheQrFieldSayingWhy(String defect, String qr, String messageKey) {
		assertThatThrownBy(() -> parse(qr)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.field()).isEqualTo("qr");
			assertThat(e.messageKey()).isEqualTo(messageKey);
		});
	}

	@Test
	void rejectsAnEmptyOrHugeQr() {
		assertThatThrownBy(() -> parse("")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> parse(null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> parse("1|".repeat(600))).hasMessageContaining("registry.qr.long");
	}

	private static CccdCard parse(String qr) {
		return CccdQr.parse(qr, PROVINCES, TODAY);
	}
}
