package vn.pccovid.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a citizen in through the real web forms (phone, then the code read from the outbox), each time from a fresh
 * client address so per-IP quotas of other tests do not interfere.
 *
 * @param session  {@code JSESSIONID=…} of the signed-in session
 * @param landedOn where the sign-in redirected to
 */
public record CitizenWebSessions(String session, String landedOn) {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** Signs in the phone, starting at {@code loginPath} (e.g. {@code /login?next=/me/access-log}). */
	public static CitizenWebSessions signIn(Http http, String adminBearer, String phone, String loginPath) {
		long before = Outboxes.lastId(http, adminBearer, phone);
		String ip = "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
		Http.Response page = http.get(loginPath, "X-Forwarded-For", ip);
		String cookie = cookie(page, null);
		Http.Response sent = form(http, "/login", cookie, ip, "phone=" + enc(phone) + "&_csrf=" + enc(csrf(page)));
		cookie = cookie(sent, cookie);
		// The form answers with a redirect to the code page (a GET page, so language links work there).
		Http.Response codePage = http.get("/login/verify", "Cookie", cookie, "X-Forwarded-For", ip);
		String code = Outboxes.latestCode(http, adminBearer, phone, before);
		Http.Response signedIn = form(http, "/login/verify", cookie, ip,
				"phone=" + enc(phone) + "&code=" + code + "&_csrf=" + enc(csrf(codePage)));
		if (signedIn.status() != 302) {
			throw new IllegalStateException("citizen sign-in failed: " + signedIn.status() + " " + signedIn.body());
		}
		return new CitizenWebSessions(cookie(signedIn, cookie), signedIn.headers().firstValue("Location").orElse(""));
	}

	private static Http.Response form(Http http, String path, String cookie, String ip, String form) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie).header("X-Forwarded-For", ip).POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private static String csrf(Http.Response page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + page.body());
		}
		return matcher.group(1);
	}

	private static String cookie(Http.Response response, String current) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
				.map(c -> c.split(";")[0]).findFirst().orElse(current);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
