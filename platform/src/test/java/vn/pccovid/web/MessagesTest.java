package vn.pccovid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text has both its Vietnamese and its English version. */
class MessagesTest {

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Properties vi = load("/messages.properties");
		Properties en = load("/messages_en.properties");
		assertThat(vi.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(MessagesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
