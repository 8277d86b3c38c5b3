package vn.pccovid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text has its Vietnamese and its English version, lives in exactly one bundle (the shared one or a module's
 * {@code i18n/<module>/}), and every message key a template names exists.
 */
class MessagesTest {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)\\s*[}(]");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
		Map<String, Properties> bundles = bundles();
		assertThat(bundles).containsKeys("messages", "i18n/core/messages", "i18n/geo/messages", "i18n/registry/messages",
				"i18n/access/messages", "i18n/notification/messages", "i18n/web/messages");
		for (var bundle : bundles.entrySet()) {
			Properties english = load(bundle.getKey() + "_en.properties");
			assertThat(english.stringPropertyNames()).as(bundle.getKey() + "_en")
					.containsExactlyInAnyOrderElementsOf(bundle.getValue().stringPropertyNames());
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, String> owner = new HashMap<>();
		Set<String> twice = new TreeSet<>();
		bundles().forEach((name, properties) -> properties.stringPropertyNames().forEach(key -> {
			String before = owner.putIfAbsent(key, name);
			if (before != null) {
				twice.add(key + " (" + before + ", " + name + ")");
			}
		}));
		assertThat(twice).as("keys defined in two bundles").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = new HashSet<>();
		bundles().values().forEach(properties -> known.addAll(properties.stringPropertyNames()));
		Set<String> missing = new TreeSet<>();
		int used = 0;
		for (Resource template : resources.getResources("classpath*:templates/**/*.html")) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher key = TEMPLATE_KEY.matcher(html);
			while (key.find()) {
				used++;
				if (!known.contains(key.group(1))) {
					missing.add(key.group(1) + " in " + template.getFilename());
				}
			}
		}
		assertThat(used).as("message keys found in templates").isGreaterThan(50);
		assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
	}

	@Test
	void findsAKeyMissingFromTheBundles() {
		Matcher key = TEMPLATE_KEY.matcher("<p th:text=\"#{web.no-such-key}\"></p><p th:text=\"#{signin.signed-in-as(${x})}\">");
		assertThat(key.find()).isTrue();
		assertThat(key.group(1)).isEqualTo("web.no-such-key");
		assertThat(key.find()).isTrue();
		assertThat(key.group(1)).isEqualTo("signin.signed-in-as");
	}

	/** The Vietnamese (base) file of the shared bundle and of every module's bundle, by base name. */
	private Map<String, Properties> bundles() throws IOException {
		Map<String, Properties> bundles = new TreeMap<>();
		bundles.put("messages", load("messages.properties"));
		for (Resource resource : resources.getResources("classpath*:i18n/*/messages.properties")) {
			String url = resource.getURL().toString();
			String module = url.substring(url.lastIndexOf("/i18n/") + 6, url.lastIndexOf("/messages.properties"));
			bundles.put("i18n/" + module + "/messages", load("i18n/" + module + "/messages.properties"));
		}
		return bundles;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		var stream = MessagesTest.class.getResourceAsStream("/" + name);
		assertThat(stream).as(name).isNotNull();
		try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
