package vn.pccovid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Templates fill placeholders with plain values, never evaluate them, and know their kinds in both languages. */
class TemplatesTest {

	private final Templates templates = new Templates(messages());

	@Test
	void rendersTheKindInTheReadersLanguage() {
		Map<String, String> params = Map.of("requesterPhoneMasked", "09******12", "requestId", "r-1");
		assertThat(templates.render("people.consent-request", params, Templates.VIETNAMESE).body())
				.startsWith("Số điện thoại 09******12 muốn thêm bạn").contains("r-1");
		assertThat(templates.render("people.consent-request", params, Locale.ENGLISH).title())
				.isEqualTo("Request to add you to another phone");
	}

	@Test
	void parametersComeOutLiterallyAndAreNeverEvaluated() {
		for (String hostile : new String[] { "${7*7}", "{0}", "#{x}", "{name}", "*{T(java.lang.Runtime)}", "'{1}'", "$1 \\" }) {
			Templates.Text text = templates.render("notification.test", Map.of("name", hostile), Locale.ENGLISH);
			assertThat(text.body()).isEqualTo("Hello " + hostile + ", this is a PC-Covid test message.");
			assertThat(templates.sms("notification.test", Map.of("name", hostile))).contains(hostile);
		}
	}

	@Test
	void smsIsUnaccentedVietnamese() {
		String sms = templates.sms("notification.test", Map.of("name", "Đặng Thị Ánh"));
		assertThat(sms).isEqualTo("Tin nhan thu: Xin chao Dang Thi Anh, day la tin nhan thu cua PC-Covid.");
		assertThat(sms.chars()).allMatch(c -> c < 128);
		assertThat(templates.sms("access.sign-in-code", Map.of("code", "123456")))
				.isEqualTo("PC-Covid: ma xac thuc cua ban la 123456, hieu luc 5 phut. Khong chia se ma nay.");
	}

	@Test
	void anUnknownKindOrAMissingParameterIsAProgrammingError() {
		assertThatThrownBy(() -> templates.check("nobody.knows", Map.of())).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("unknown notification kind nobody.knows");
		assertThatThrownBy(() -> templates.check("people.consent-request", Map.of("requestId", "r")))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requesterPhoneMasked");
		templates.check("notification.test", Map.of("name", "An"));
	}

	@Test
	void bothLanguagesDefineTheSameKeys() throws IOException {
		assertThat(load("messages.properties").stringPropertyNames())
				.containsExactlyInAnyOrderElementsOf(load("messages_en.properties").stringPropertyNames());
	}

	@Test
	void masksRecipients() {
		assertThat(Recipients.mask("0912345612")).isEqualTo("09******12");
		assertThat(Recipients.mask("an.nguyen@example.org")).isEqualTo("a***@example.org");
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/notification/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(TemplatesTest.class.getResourceAsStream("/i18n/notification/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
