package vn.pccovid.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.pccovid.core.ProblemException;
import vn.pccovid.core.Problems;
import vn.pccovid.core.TooManyRequestsException;

/**
 * Turns every failure of a request into an RFC 9457 problem detail in the caller's language, naming the field at
 * fault: the platform's own {@link ProblemException}s, Spring MVC's binding errors and Jackson's parse errors.
 */
@RestControllerAdvice
class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

	private final MessageSource messages;

	ProblemDetailsHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
		String detail = ex.localizedMessage(messages);
		ProblemDetail problem = problem(ex.status(), ex.type(), detail);
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", detail)));
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
		if (ex instanceof TooManyRequestsException tooMany) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
		}
		return response.body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleArgumentType(MethodArgumentTypeMismatchException ex) {
		boolean outOfRange = org.springframework.core.NestedExceptionUtils.getRootCause(ex) instanceof TimeParameters.OutOfRange;
		return fieldProblem(ex.getName(), text(outOfRange ? "problem.time.range" : "problem.field.type", ex.getName()));
	}

	/** Spring Security's firewall, checking parameters lazily; the value is neither echoed nor logged. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> handleRejected(RequestRejectedException ex) {
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "request-rejected", text("problem.request-rejected")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		if (BodyTooLargeException.isCauseOf(ex)) {
			return tooLarge();
		}
		if (DatabaseTrouble.isCauseOf(ex)) {
			// Expected under overload; one line, no stack trace.
			log.warn("Database unavailable or too slow: {}", InputRules.escaped(String.valueOf(DatabaseTrouble.describe(ex))));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS))
					.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", text("problem.unavailable")));
		}
		log.error("Unhandled failure", ex);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", text("problem.internal")));
	}

	private ResponseEntity<ProblemDetail> tooLarge() {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", text("problem.status.413")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (BodyTooLargeException.isCauseOf(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge().getBody());
		}
		JsonFailure failure = JsonFailure.of(ex);
		String detail = text(failure.messageKey(), failure.field());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
		if (failure.field() != null) {
			problem.setProperty("field", failure.field());
			problem.setProperty("errors", List.of(Map.of("field", failure.field(), "message", detail)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
				.map(error -> Map.of("field", error.getField(), "message", fieldMessage(error)))
				.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
				.flatMap(result -> result.getResolvableErrors().stream()
						.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
								"message", messages.getMessage(error, locale()))))
				.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(fieldProblem(ex.getParameterName(),
				text("problem.field.required", ex.getParameterName())).getBody());
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			String slug = HttpStatus.valueOf(statusCode.value()).name().toLowerCase(Locale.ROOT).replace('_', '-');
			problem.setType(Problems.type(slug));
			// A status without a title of its own is titled by its reason phrase, never by a raw message key.
			problem.setTitle(messages.getMessage("problem.title." + slug, null, HttpStatus.valueOf(statusCode.value()).getReasonPhrase(), locale()));
			String detail = messages.getMessage("problem.status." + statusCode.value(), null, null, locale());
			if (detail != null) {
				problem.setDetail(detail);
			}
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ProblemDetail invalid(List<Map<String, String>> errors) {
		String detail = errors.isEmpty() ? text("problem.invalid")
				: errors.stream().map(e -> e.get("field") + ": " + e.get("message")).reduce((a, b) -> a + "; " + b).orElseThrow();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	private ResponseEntity<ProblemDetail> fieldProblem(String field, String detail) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
		problem.setProperty("field", field);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
		return ResponseEntity.badRequest().body(problem);
	}

	private String fieldMessage(FieldError error) {
		return messages.getMessage(error, locale());
	}

	private ProblemDetail problem(HttpStatusCode status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(Problems.type(type));
		problem.setTitle(text("problem.title." + type));
		return problem;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
