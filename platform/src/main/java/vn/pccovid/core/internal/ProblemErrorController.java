package vn.pccovid.core.internal;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import vn.pccovid.core.Problems;

/**
 * Answers errors that never reached a controller (the container's own 400s, filter failures) as problem details,
 * or as a page for browsers, instead of the container's default error page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController implements ErrorController {

	private final MessageSource messages;

	ProblemErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = status(request);
		return new ModelAndView("error", Map.of("status", status.value(), "detail", detail(status)), status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
		String slug = status == HttpStatus.NOT_FOUND ? "not-found" : status.is4xxClientError() ? "request-rejected" : "internal-error";
		problem.setType(Problems.type(slug));
		problem.setTitle(messages.getMessage("problem.title." + slug, null, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString().replaceAll("[^A-Za-z0-9/._~-]", "_")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String detail(HttpStatus status) {
		String key = status == HttpStatus.NOT_FOUND ? "problem.status.404"
				: status.is4xxClientError() ? "problem.request-rejected" : "problem.internal";
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			// Called directly, /error is just an address that serves nothing.
			return HttpStatus.NOT_FOUND;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
