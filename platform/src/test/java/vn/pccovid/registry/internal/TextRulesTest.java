package vn.pccovid.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.pccovid.registry.Violation;

/** The registry's rules for stored free text, and how an upload is recognised as CSV. */
class TextRulesTest {

	@ParameterizedTest
	@CsvSource({ "'Số 1\u0000', registry.text.control", "'Số 1\u0007', registry.text.control",
			"'Số \u202Eabc', registry.text.bidi", "'Số \u2066abc', registry.text.bidi", "'Số \u2069', registry.text.bidi",
			"'Số\u200B1', registry.text.invisible", "'Số\u2060 1', registry.text.invisible", "'\uFEFFSố 1', registry.text.invisible",
			"'=1+1', registry.text.formula", "'+84 Huế', registry.text.formula", "'-Số 1', registry.text.formula",
			"'@SUM(A1)', registry.text.formula", "'  =A1', registry.text.formula", "'\tSố 1', registry.text.formula",
			"'\rSố 1', registry.text.formula" })
	void rejectsUnsafeText(String value, String key) {
		assertThat(TextRules.check("currentAddress", value)).map(Violation::messageKey).contains(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Số 12 ngõ 34 Hàng Bún", "Nguyễn Thị Hồng-Nhung", "Phòng 3-05, tòa A", "Email a@b ở giữa thì được" })
	void acceptsOrdinaryText(String value) {
		assertThat(TextRules.check("currentAddress", value)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "text/csv, a.txt, 'x', true", "application/vnd.ms-excel, , 'x', true", "'text/csv; charset=utf-8', , 'x', true",
			"application/octet-stream, dan-cu.CSV, 'cccd,full_name\n1,2', true", ", dan-cu.csv, 'cccd,full_name', true",
			"text/plain, notes.txt, 'cccd,full_name', false", "application/octet-stream, photo.csv, 'PNG\u0000\u0001,', false",
			"application/pdf, dan-cu.csv, 'cccd,full_name', false", "text/plain, dan-cu.csv, 'no comma here', false" })
	void recognisesCsvUploads(String type, String name, String content, boolean csv) {
		assertThat(CitizenImports.isCsv(type, name, content.getBytes(StandardCharsets.UTF_8))).isEqualTo(csv);
	}
}
