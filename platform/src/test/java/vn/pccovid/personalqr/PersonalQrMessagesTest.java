package vn.pccovid.personalqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The module's texts exist in Vietnamese and English alike. */
class PersonalQrMessagesTest {

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Properties vi = load("/i18n/personalqr/messages.properties");
		Properties en = load("/i18n/personalqr/messages_en.properties");
		assertThat(vi.stringPropertyNames()).isNotEmpty().allMatch(key -> key.startsWith("personalqr."))
				.containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(PersonalQrMessagesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
