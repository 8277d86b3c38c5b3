package vn.pccovid.access.internal;

import java.util.List;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** Wires the {@code @Allowed} check and the {@link Actor} parameter into Spring MVC, and describes bearer auth in OpenAPI. */
@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AllowedInterceptor());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentActor());
	}

	@Bean
	OpenAPI pcCovidOpenApi() {
		return new OpenAPI()
				.info(new Info().title("PC-Covid API").version("v1")
						.description("Vietnam's pandemic-response platform. Errors are RFC 9457 problem details."))
				.components(new Components().addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT (ES256)")));
	}

	/**
	 * Declares bearer security per operation, from the endpoint's {@code @Allowed} rule (method first, then class):
	 * a public endpoint (areas, sign-in) needs no token, every other one does.
	 */
	@Bean
	OperationCustomizer bearerWhereAllowedNeedsIt() {
		return (operation, handler) -> {
			Allowed rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Allowed.class);
			if (rule == null) {
				rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Allowed.class);
			}
			if (rule != null && rule.area() != AreaRule.PUBLIC) {
				operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
			}
			return operation;
		};
	}
}
