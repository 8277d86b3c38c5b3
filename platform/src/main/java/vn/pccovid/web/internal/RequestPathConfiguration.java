package vn.pccovid.web.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * What every request would pay for and no page uses. The resource chain is on (the webjars locator resolves
 * {@code /webjars/htmx.org/…} without a version), and with it Spring Boot registers a filter that wraps every
 * request and response to rewrite links to versioned resources; the platform serves no versioned resources, so the
 * filter is registered disabled. And Spring MVC finds handlers through {@link PathShapeHandlerMapping}.
 */
@Configuration(proxyBeanMethods = false)
class RequestPathConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	WebMvcRegistrations literalPrefixHandlerMapping() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathShapeHandlerMapping();
			}
		};
	}
}
