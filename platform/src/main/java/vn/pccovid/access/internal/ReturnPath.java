package vn.pccovid.access.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where to send someone back after they sign in: the page they were on when a sign-in was needed. Only a relative
 * path on this site is ever accepted ({@code /…}, never {@code //host} or a scheme), so the sign-in pages cannot be
 * made to redirect elsewhere; it travels as {@code ?next=} to the sign-in page, which keeps it in the session.
 */
public final class ReturnPath {

	private static final String SESSION_KEY = ReturnPath.class.getName();
	private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9/._~%?&=+,:;@!$*'()-]{0,500}");

	private ReturnPath() {
	}

	/** The value if it is a same-site relative path other than a sign-in or sign-out address; empty otherwise. */
	public static Optional<String> safe(String candidate) {
		if (candidate == null || !SAFE.matcher(candidate).matches() || candidate.startsWith("//")
				|| candidate.startsWith("/login") || candidate.startsWith("/console/login") || candidate.startsWith("/logout")) {
			return Optional.empty();
		}
		return Optional.of(candidate);
	}

	/** The page to come back to after a sign-in interrupted this request: for htmx the page it came from. */
	static Optional<String> of(HttpServletRequest request) {
		String current = request.getHeader("HX-Current-URL");
		if (current != null) {
			try {
				URI uri = URI.create(current);
				return safe(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}
		if (!"GET".equals(request.getMethod())) {
			return Optional.empty();
		}
		String query = request.getQueryString();
		return safe(request.getRequestURI() + (query == null ? "" : "?" + query));
	}

	/** The sign-in page's address with the notice of an expired session and the way back. */
	static String signInPage(String page, HttpServletRequest request) {
		boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		String next = of(request).map(path -> "next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).orElse(null);
		String query = expired ? (next == null ? "expired" : "expired&" + next) : next;
		return query == null ? page : page + "?" + query;
	}

	/** Keeps a safe {@code next} in the session until the sign-in succeeds. */
	public static void remember(HttpServletRequest request, String next) {
		safe(next).ifPresent(path -> request.getSession(true).setAttribute(SESSION_KEY, path));
	}

	/** The remembered path, removed from the session; empty when there is none. */
	public static Optional<String> take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Object path = session.getAttribute(SESSION_KEY);
		session.removeAttribute(SESSION_KEY);
		return path instanceof String value ? safe(value) : Optional.empty();
	}
}
