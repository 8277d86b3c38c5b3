package vn.pccovid.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

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
	void aLoggedEventAndItsStackTraceCannotStartAForgedLine() {
		LoggerContext context = new LoggerContext();
		LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.ERROR, "sign-in failed for {}",
				new IllegalStateException("wrapped", new IllegalArgumentException("bad name a\r\n2026-12-02 INFO forged")),
				new Object[] { "x\n2026-12-02 INFO forged" });
		assertThat(new SafeMessageConverter().convert(event)).isEqualTo("sign-in failed for x\\n2026-12-02 INFO forged");
		SafeThrowableConverter trace = new SafeThrowableConverter();
		trace.setContext(context);
		trace.start();
		String written = trace.convert(event);
		assertThat(written).contains("bad name a\\r\\n2026-12-02 INFO forged", "at vn.pccovid");
		assertThat(written.lines()).noneMatch(line -> line.startsWith("2026"));
	}

	@Test
	void leavesOrdinaryTextAlone() {
		String text = "Nguyễn Thị Hồng\tHà Nội";
		assertThat(SafeMessageConverter.escape(text)).isSameAs(text);
	}
}
