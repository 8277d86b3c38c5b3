package vn.pccovid.access.internal;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page and API answer, on top of Spring Security's defaults (no caching of
 * authenticated answers, {@code X-Frame-Options: DENY}): a Content Security Policy that allows scripts, styles and
 * forms from the platform's own origin only (no inline script or style, no framing), no {@code Referer} leaving
 * the site, and no MIME sniffing.
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	private SecurityHeaders() {
	}

	static void apply(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentTypeOptions(Customizer.withDefaults());
	}
}
