package vn.pccovid.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese unless the person chose English with {@code ?lang=en} (remembered in a cookie); API clients may also
 * ask for English with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("pccovid-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			String accept = request.getHeader("Accept-Language");
			if (request.getRequestURI().startsWith("/api/") && accept != null) {
				return fromAcceptLanguage(accept);
			}
			return VIETNAMESE;
		});
		return resolver;
	}

	/** The supported language the header prefers; a malformed header ({@code en;q=2}, {@code !!!}) means Vietnamese. */
	static Locale fromAcceptLanguage(String accept) {
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
			return chosen != null ? chosen : VIETNAMESE;
		}
		catch (IllegalArgumentException malformed) {
			return VIETNAMESE;
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
