package vn.pccovid.access.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.HandlerExceptionResolver;

import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.UnauthorizedException;

/**
 * Two filter chains, both deny-by-default. The API chain is stateless with ES256 bearer tokens and no cookies (so
 * no CSRF); the web chain uses sessions with CSRF protection, the staff sign-in form and the citizens' code sign-in.
 * Spring Security's own 401/403 answers go through the problem-detail handler. Fine-grained rules are each
 * endpoint's {@code @Allowed}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	@Bean
	HttpFirewall httpFirewall() {
		return FastHeaderFirewall.create();
	}

	/** Nothing listens for sign-in events; publishing one per bearer request would cost on the hot path. */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher() {
		return new AuthenticationEventPublisher() {
			@Override
			public void publishAuthenticationSuccess(Authentication authentication) {
			}

			@Override
			public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
			}
		};
	}

	/** Request metrics stay (Spring MVC's own observation); an observation around every security filter does not. */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Tokens tokens,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
				.csrf(csrf -> csrf.disable())
				// Stateless: no saved requests to return to, no sign-out, no servlet-API wrapper around every request.
				.requestCache(cache -> cache.disable())
				.logout(logout -> logout.disable())
				.servletApi(servletApi -> servletApi.disable())
				.headers(SecurityHeaders::apply)
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.oauth2ResourceServer(server -> server
						.bearerTokenResolver(new HeaderBearerTokenResolver())
						.jwt(jwt -> jwt.decoder(tokens.decoder())
								.jwtAuthenticationConverter(token -> new ActorAuthentication(Tokens.actorOf(token))))
						.authenticationEntryPoint((request, response, e) -> problems.resolveException(request, response, null,
								new UnauthorizedException("access.token.invalid"))))
				.exceptionHandling(errors -> errors
						.authenticationEntryPoint((request, response, e) -> problems.resolveException(request, response, null,
								new UnauthorizedException("access.sign-in-required")))
						.accessDeniedHandler((request, response, e) -> problems.resolveException(request, response, null,
								new ForbiddenException("access.permission.missing", "-"))))
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
						.requestMatchers("/actuator/prometheus").hasAuthority("METRICS_READ")
						.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
						.requestMatchers("/api/**").permitAll()
						.anyRequest().denyAll());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, StaffAuthenticationProvider staff, SecurityContextRepository contexts)
			throws Exception {
		http.securityContext(context -> context.securityContextRepository(contexts))
				.headers(SecurityHeaders::apply)
				.authenticationProvider(staff)
				.formLogin(form -> form.loginPage("/console/login").loginProcessingUrl("/console/login")
						.successHandler((request, response, authentication) ->
								response.sendRedirect(ReturnPath.take(request).orElse("/console")))
						.failureHandler((request, response, e) -> {
							request.getSession().setAttribute("pccovid.signin.lastUsername", request.getParameter("username"));
							response.sendRedirect("/console/login?error");
						}).permitAll())
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler((request, response, who) ->
						response.sendRedirect(who != null && who.getAuthorities().stream().anyMatch(a -> "STAFF".equals(
								a.getAuthority())) ? "/console/login?signed-out" : "/login?signed-out")))
				// No per-module paths here: every platform handler declares @Allowed, and AllowedInterceptor refuses a
				// handler without one (deny by default) and sends a page that needs a sign-in to the right sign-in page.
				// What else the web chain can reach is the framework's own public handlers (static resources, webjars,
				// Swagger UI, the error page); an address nothing handles is a 404 for everyone, signed in or not.
				.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		return http.build();
	}
}
