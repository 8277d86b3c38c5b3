package vn.pccovid.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way tests sign a citizen in: over the API (a bearer token) or through the web forms (a session), each
 * request from a fresh client address so the per-address quotas of other tests never interfere. The code is read
 * from the outbox, over HTTP as an administrator or straight from the table ({@link Codes}).
 */
public final class CitizenSignIns {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private CitizenSignIns() {
	}

	/** Where a test reads the codes sent to a phone. */
	public interface Codes {

		/** The id of the newest outbox message of the phone, or 0. */
		long lastId(String phone);

		/** The newest code sent to the phone after {@code afterId}, waiting for the delivery. */
		String latestCode(String phone, long afterId);

		/** Through the outbox API, as an administrator (each read is audited against the phone's persons). */
		static Codes overHttp(Http http, String adminBearer) {
			return new Codes() {
				public long lastId(String phone) {
					return Outboxes.lastId(http, adminBearer, phone);
				}

				public String latestCode(String phone, long afterId) {
					return Outboxes.latestCode(http, adminBearer, phone, afterId);
				}
			};
		}

		/** Straight from the outbox table: nothing audited, for tests that count audit entries. */
		static Codes inDatabase(JdbcClient jdbc) {
			return new Codes() {
				public long lastId(String phone) {
					return Outboxes.lastId(jdbc, phone);
				}

				public String latestCode(String phone, long afterId) {
					return Outboxes.latestCode(jdbc, phone, afterId);
				}
			};
		}
	}

	/** A client address in the IPv6 documentation prefix (RFC 3849), in a different /64 each time (quotas count a /64). */
	public static String newIp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "2001:db8:" + Integer.toHexString(random.nextInt(1, 0xffff)) + ":" + Integer.toHexString(random.nextInt(1, 0xffff))
				+ "::1";
	}

	/** {@code Bearer …} for the citizen signed in with this phone through {@code /api/v1/auth/otp}. */
	public static String bearer(Http http, Codes codes, String phone) {
		long before = codes.lastId(phone);
		Http.Response sent = http.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", newIp());
		if (sent.status() != 202) {
			throw new IllegalStateException("otp: " + sent.status() + " " + sent.body());
		}
		String code = codes.latestCode(phone, before);
		Http.Response signedIn = http.post("/api/v1/auth/otp/verify", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}",
				"X-Forwarded-For", newIp());
		if (signedIn.status() != 200) {
			throw new IllegalStateException("sign-in: " + signedIn.status() + " " + signedIn.body());
		}
		return "Bearer " + signedIn.json().get("accessToken").asString();
	}

	/** Signs the phone in through the web forms, starting at {@code loginPath} (e.g. {@code /login?next=/me}). */
	public static CitizenWebSessions session(Http http, Codes codes, String phone, String loginPath) {
		long before = codes.lastId(phone);
		String ip = newIp();
		Http.Response page = http.get(loginPath, "X-Forwarded-For", ip);
		String cookie = cookie(page, null);
		Http.Response sent = form(http, "/login", cookie, ip, "phone=" + enc(phone) + "&_csrf=" + enc(csrf(page)));
		if (!sent.headers().firstValue("Location").orElse("").endsWith("/login/verify")) {
			throw new IllegalStateException("code request: " + sent.status() + " " + sent.body());
		}
		cookie = cookie(sent, cookie);
		// The form answers with a redirect to the code page (a GET page, so language links work there).
		Http.Response codePage = http.get("/login/verify", "Cookie", cookie, "X-Forwarded-For", ip);
		String code = codes.latestCode(phone, before);
		Http.Response signedIn = form(http, "/login/verify", cookie, ip,
				"phone=" + enc(phone) + "&code=" + code + "&_csrf=" + enc(csrf(codePage)));
		if (signedIn.status() != 302) {
			throw new IllegalStateException("citizen sign-in failed: " + signedIn.status() + " " + signedIn.body());
		}
		return new CitizenWebSessions(cookie(signedIn, cookie), signedIn.headers().firstValue("Location").orElse(""));
	}

	/** A form POST with the session cookie from this client address. */
	public static Http.Response form(Http http, String path, String cookie, String ip, String form) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie).header("X-Forwarded-For", ip).POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** The CSRF token on a page. */
	public static String csrf(Http.Response page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + page.body());
		}
		return matcher.group(1);
	}

	/** The {@code JSESSIONID=…} the response sets, else {@code current}. */
	public static String cookie(Http.Response response, String current) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
				.map(c -> c.split(";")[0]).findFirst().orElse(current);
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
