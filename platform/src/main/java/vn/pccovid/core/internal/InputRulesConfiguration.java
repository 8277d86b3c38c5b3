package vn.pccovid.core.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.JacksonModule;

/** Puts {@link InputRules} in front of every endpoint: the request filter, the JSON module, the time parameters. */
@Configuration(proxyBeanMethods = false)
class InputRulesConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<RequestInputFilter> requestInputFilter(HttpSettings settings, MessageSource messages,
			ObjectProvider<LocaleResolver> locales) {
		FilterRegistrationBean<RequestInputFilter> registration = new FilterRegistrationBean<>(
				new RequestInputFilter(settings, new ProblemWriter(messages, locales)));
		// After the character-encoding filter (form values must be decoded as UTF-8), before Spring Security (-100).
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	JacksonModule inputRulesModule() {
		return JsonInputRules.module();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new TimeParameters());
	}
}
