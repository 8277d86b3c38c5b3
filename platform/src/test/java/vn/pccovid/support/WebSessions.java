package vn.pccovid.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the real web forms (CSRF token included) and returns the session cookie. */
public final class WebSessions {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private WebSessions() {
	}

	/** Staff sign-in with the fixture password; returns {@code JSESSIONID=…} of the signed-in session. */
	public static String staff(Http http, String username) {
		Http.Response page = http.get("/console/login");
		String cookie = sessionCookie(page);
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + enc(username) + "&password=" + enc(AccessFixtures.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		Http.Response signedIn = http.send(HttpRequest.newBuilder(http.uri("/console/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (signedIn.status() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("staff sign-in failed: " + signedIn.status() + " " + signedIn.headers().map());
		}
		return sessionCookie(signedIn);
	}

	static String sessionCookie(Http.Response response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
				.map(c -> c.split(";")[0]).findFirst()
				.orElseThrow(() -> new IllegalStateException("no session cookie in " + response.headers().map()));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
