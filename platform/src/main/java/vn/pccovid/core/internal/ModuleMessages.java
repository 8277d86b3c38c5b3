package vn.pccovid.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The platform's messages: the shared bundle {@code messages*.properties} plus one bundle per module,
 * {@code i18n/<module>/messages*.properties}, found on the classpath at start. A module adds its texts by adding its
 * own bundle; no module edits another's. Vietnamese is the base file, English the {@code _en} one.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

	static final String MODULE_BUNDLES = "classpath*:i18n/*/messages.properties";

	@Bean
	MessageSource messageSource() throws IOException {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	/** The shared bundle first, then every module's bundle in name order. */
	static List<String> basenames() throws IOException {
		TreeSet<String> modules = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
			String url = resource.getURL().toString();
			int end = url.lastIndexOf("/messages.properties");
			modules.add(url.substring(url.lastIndexOf('/', end - 1) + 1, end));
		}
		List<String> basenames = new ArrayList<>();
		basenames.add("messages");
		modules.forEach(module -> basenames.add("i18n/" + module + "/messages"));
		return basenames;
	}
}
