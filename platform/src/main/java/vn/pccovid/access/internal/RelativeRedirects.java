package vn.pccovid.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Redirects that never name a host: the {@code Location} of every redirect Spring Security sends (sign-in page,
 * back to the saved request after sign-in, sign-in failure, sign-out) is a path on the same site. Spring Security
 * builds absolute URLs from the request's {@code Host} (or a forwarded host), which an attacker chooses; with
 * {@code server.tomcat.use-relative-redirects=true}, Tomcat then leaves the path as it is, and Spring MVC's
 * {@code redirect:} views and {@code sendRedirect} calls stay relative too.
 */
final class RelativeRedirects implements RedirectStrategy {

	static final RelativeRedirects INSTANCE = new RelativeRedirects();

	private RelativeRedirects() {
	}

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(path(request.getContextPath(), url)));
	}

	/** The path (with query and fragment) of a URL, under the context path; never a scheme, host or {@code //}. */
	static String path(String contextPath, String url) {
		String path;
		int scheme = url.indexOf("://");
		if (scheme >= 0 || url.startsWith("//")) {
			int authority = scheme >= 0 ? scheme + 3 : 2;
			int slash = url.indexOf('/', authority);
			path = slash < 0 ? "/" : url.substring(slash);
		}
		else {
			path = contextPath + (url.startsWith("/") ? "" : "/") + url;
		}
		// "//host" and "/\host" are read by browsers as another host.
		while (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
			path = "/" + path.substring(2);
		}
		return path;
	}

	/** Sends a browser to the sign-in page by a relative redirect. */
	static AuthenticationEntryPoint signInPage(String page) {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(page);
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/** After sign-in: back to the page that asked for it, else {@code target}. */
	static SavedRequestAwareAuthenticationSuccessHandler afterSignIn(String target) {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl(target);
		handler.setRedirectStrategy(INSTANCE);
		return handler;
	}

	static SimpleUrlAuthenticationFailureHandler onFailure(String target) {
		SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler(target);
		handler.setRedirectStrategy(INSTANCE);
		return handler;
	}

	static SimpleUrlLogoutSuccessHandler afterSignOut(String target) {
		SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
		handler.setDefaultTargetUrl(target);
		handler.setRedirectStrategy(INSTANCE);
		return handler;
	}
}
