package vn.pccovid.core.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request, before Spring Security and any controller: a query or form parameter holding a
 * control character is answered 400 naming the parameter (instead of the firewall's 500 and a stack trace that
 * carries the value into the log), and a body over its limit 413 — at once when its length is declared, or while it
 * is read ({@link LimitedBodyRequest}). JSON and form bodies have the small limit, uploads the large one.
 */
final class RequestInputFilter extends OncePerRequestFilter {

	private final HttpSettings settings;
	private final ProblemWriter problems;

	RequestInputFilter(HttpSettings settings, ProblemWriter problems) {
		this.settings = settings;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		boolean multipart = type.startsWith("multipart/");
		long limit = isSmallBody(type) ? settings.maxBodySize().toBytes() : settings.maxUploadSize().toBytes();
		if (request.getContentLengthLong() > limit) {
			problems.write(request, response, 413, "content-too-large", null, "problem.body.too-large", limit / 1024);
			return;
		}
		Map<String, String[]> parameters;
		try {
			// A multipart body is parsed by the upload's own handler, with its own limits; only its query is checked here.
			parameters = multipart ? queryParameters(request.getQueryString()) : request.getParameterMap();
		}
		catch (IllegalArgumentException | IllegalStateException malformed) {
			problems.write(request, response, 400, "request-rejected", null, "problem.request-rejected");
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (InputRules.hasControlCharacter(name, false) || hasControlCharacter(parameter.getValue())) {
				String field = InputRules.escaped(name);
				problems.write(request, response, 400, "invalid-input", field, "problem.field.control", field);
				return;
			}
		}
		chain.doFilter(request.getContentLengthLong() == 0 ? request : new LimitedBodyRequest(request, limit), response);
	}

	private static boolean isSmallBody(String type) {
		return type.isEmpty() || type.startsWith("application/json") || type.contains("+json")
				|| type.startsWith("application/x-www-form-urlencoded");
	}

	private static boolean hasControlCharacter(String[] values) {
		for (String value : values) {
			if (value != null && InputRules.hasControlCharacter(value, false)) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, String[]> queryParameters(String query) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			parameters.merge(name, new String[] { value }, (a, b) -> new String[] { a[0], b[0] });
		}
		return parameters;
	}
}
