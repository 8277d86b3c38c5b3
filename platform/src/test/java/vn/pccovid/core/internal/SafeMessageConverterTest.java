package vn.pccovid.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A log message cannot start a new line, whatever request data it carries. */
class SafeMessageConverterTest {

	@Test
	void escapesLineBreaksAndOtherControlCharacters() {
		assertThat(SafeMessageConverter.escape("sign-in failed for a\r\n2026-12-02 INFO forged"))
				.isEqualTo("sign-in failed for a\\r\\n2026-12-02 INFO forged").doesNotContain("\n", "\r");
		assertThat(SafeMessageConverter.escape("nul\u0000 esc\u001b del\u007f")).isEqualTo("nul\\u0000 esc\\u001b del\\u007f");
		assertThat(SafeMessageConverter.escape("a\u2028b\u0085c")).isEqualTo("a\\u2028b\\u0085c");
	}

	@Test
	void leavesOrdinaryTextAlone() {
		String text = "Nguyễn Thị Hồng\tHà Nội";
		assertThat(SafeMessageConverter.escape(text)).isSameAs(text);
	}
}
