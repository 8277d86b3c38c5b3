package vn.pccovid.web.internal;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ProblemException;
import vn.pccovid.core.TooManyRequestsException;

/**
 * A browser asking for a page never gets JSON: failures of page requests (not {@code /api/}, not htmx, accepting
 * {@code text/html}) become the localized error page in the staff or citizen layout — 404 "page not found" with a
 * way home, 403 "your role cannot open this page", 400 with the reason. Runs before the problem-detail handler,
 * which keeps answering the API (and htmx) with RFC 9457 problems.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final Shell shell;
	private final MessageSource messages;

	PageErrors(Shell shell, MessageSource messages) {
		this.shell = shell;
		this.messages = messages;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** Whether this request is a browser's page request (as opposed to an API call or an htmx fragment). */
	static boolean isPageRequest(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return !request.getRequestURI().startsWith("/api/") && !"true".equals(request.getHeader("HX-Request"))
				&& accept != null && accept.contains("text/html");
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isPageRequest(request) || response.isCommitted()
				|| ex.getClass().getName().startsWith("org.springframework.security.")) {
			return null;
		}
		HttpStatusCode status;
		String detail = null;
		if (ex instanceof ProblemException problem) {
			status = problem.status();
			if (problem instanceof TooManyRequestsException tooMany) {
				response.setHeader("Retry-After", String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
			}
			detail = problem.localizedMessage(messages);
		}
		else if (ex instanceof MissingServletRequestParameterException missing) {
			status = HttpStatus.BAD_REQUEST;
			detail = text("problem.field.required", missing.getParameterName());
		}
		else if (ex instanceof TypeMismatchException mismatch) {
			status = HttpStatus.BAD_REQUEST;
			detail = text("problem.field.type", mismatch.getPropertyName());
		}
		else if (ex instanceof ErrorResponse known) {
			status = known.getStatusCode();
		}
		else {
			log.error("Unhandled failure of page {}", request.getRequestURI(), ex);
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return page(request, status, detail);
	}

	private ModelAndView page(HttpServletRequest request, HttpStatusCode status, String detail) {
		Actor actor = Shell.actor();
		ModelAndView page = new ModelAndView("error", shell.attributes(request, actor), status);
		page.addObject("me", actor);
		page.addObject("status", status.value());
		page.addObject("pageError", true);
		page.addObject("detail", detail != null ? detail : text(status.is4xxClientError() ? "problem.request-rejected" : "problem.internal"));
		return page;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
