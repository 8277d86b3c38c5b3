package vn.pccovid.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.core.Problems;

/**
 * Writes a problem detail straight to the response, for filters that answer before Spring MVC runs; a browser asking
 * for a page gets the same title and detail as a plain HTML page.
 */
final class ProblemWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;
	private final ObjectProvider<LocaleResolver> locales;

	ProblemWriter(MessageSource messages, ObjectProvider<LocaleResolver> locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String field,
			String messageKey, Object... arguments) throws IOException {
		Locale locale = locale(request);
		String detail = messages.getMessage(messageKey, arguments, messageKey, locale);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.type(type).toString());
		problem.put("title", messages.getMessage("problem.title." + type, null, type, locale));
		problem.put("status", status);
		problem.put("detail", detail);
		if (field != null) {
			problem.put("field", field);
			problem.put("errors", List.of(Map.of("field", field, "message", detail)));
		}
		response.resetBuffer();
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		// The body that was not read would otherwise be drained by the container; close instead of reading megabytes.
		if (status == 413) {
			response.setHeader("Connection", "close");
		}
		if (wantsPage(request)) {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getOutputStream().write(page(locale, problem).getBytes(StandardCharsets.UTF_8));
			return;
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	/** A browser asking for a page (not the API) gets a plain page with the same title and detail. */
	private static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html") && !request.getRequestURI().startsWith("/api/");
	}

	private static String page(Locale locale, Map<String, Object> problem) {
		String title = HtmlUtils.htmlEscape(String.valueOf(problem.get("title")), "UTF-8");
		return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>" + title
				+ "</title></head><body><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(String.valueOf(problem.get("detail")), "UTF-8")
				+ "</p><p><a href=\"/\">PC-Covid</a></p></body></html>";
	}

	private Locale locale(HttpServletRequest request) {
		LocaleResolver resolver = locales.getIfAvailable();
		try {
			return resolver == null ? Locale.forLanguageTag("vi") : resolver.resolveLocale(request);
		}
		catch (RuntimeException unreadable) {
			return Locale.forLanguageTag("vi");
		}
	}
}
