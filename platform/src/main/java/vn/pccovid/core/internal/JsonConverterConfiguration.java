package vn.pccovid.core.internal;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers JSON with {@link SizedJsonConverter} in the place of Spring's converter, keeping its position in the list
 * (a String answer still goes to the String converter first). Server side only: outgoing calls keep Spring's.
 */
@Configuration(proxyBeanMethods = false)
class JsonConverterConfiguration {

	@Bean
	ServerHttpMessageConvertersCustomizer sizedJsonAnswers(JsonMapper mapper) {
		return converters -> converters.configureMessageConvertersList(list -> list.replaceAll(
				converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class ? new SizedJsonConverter(mapper) : converter));
	}
}
