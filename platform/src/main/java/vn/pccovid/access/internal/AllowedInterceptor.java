package vn.pccovid.access.internal;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.UnauthorizedException;

/**
 * Enforces each platform endpoint's {@link Allowed} rule before it runs. A platform handler without a rule is
 * refused. API callers get 401/403 problems; a browser asking for a page is sent to the right sign-in page.
 */
class AllowedInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AllowedInterceptor.class);
	/** No rule: a marker, since the cache cannot hold null. */
	private static final Optional<Allowed> NONE = Optional.empty();

	/** Each handler method's rule, looked up once: merged-annotation lookups cost more than the rest of a small request. */
	private final Map<Method, Optional<Allowed>> rules = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("vn.pccovid.")
				|| ErrorController.class.isAssignableFrom(method.getBeanType())) {
			// Framework handlers are governed by the filter chains; the error page only renders another request's failure.
			return true;
		}
		Allowed rule = rules.computeIfAbsent(method.getMethod(), key -> rule(method)).orElse(null);
		if (rule == null) {
			log.error("Refused {}: the endpoint declares no @Allowed rule", method);
			throw new ForbiddenException("access.rule.missing");
		}
		Actor actor = CurrentActor.get();
		switch (rule.area()) {
			case PUBLIC -> {
				return true;
			}
			case OWN_DATA -> {
				if (actor.isStaff()) {
					throw new ForbiddenException("access.citizens-only");
				}
				if (!actor.isCitizen()) {
					return signInNeeded(request, response, "/login");
				}
				return true;
			}
			case CALLER_SCOPE, ANY_AREA -> {
				if (actor.isCitizen()) {
					throw new ForbiddenException("access.staff-only");
				}
				if (!actor.isStaff()) {
					return signInNeeded(request, response, "/console/login");
				}
				boolean permitted = rule.value().length == 0 || Arrays.stream(rule.value()).anyMatch(actor::can);
				if (!permitted) {
					throw new ForbiddenException("access.permission.missing",
							String.join(", ", Arrays.stream(rule.value()).map(Enum::name).toList()));
				}
				return true;
			}
			default -> throw new IllegalStateException("Unknown area rule " + rule.area());
		}
	}

	private static Optional<Allowed> rule(HandlerMethod method) {
		Allowed rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Allowed.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Allowed.class);
		}
		return rule == null ? NONE : Optional.of(rule);
	}

	private static boolean signInNeeded(HttpServletRequest request, HttpServletResponse response, String page) throws Exception {
		if (request.getRequestURI().startsWith("/api/")) {
			throw new UnauthorizedException("access.sign-in-required");
		}
		if ("true".equals(request.getHeader("HX-Request"))) {
			// htmx would put a whole sign-in page into the results area; send the whole window there instead.
			response.setHeader("HX-Redirect", ReturnPath.signInPage(page, request));
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return false;
		}
		response.sendRedirect(ReturnPath.signInPage(page, request));
		return false;
	}
}
