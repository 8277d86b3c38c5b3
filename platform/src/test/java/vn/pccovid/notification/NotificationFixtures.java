package vn.pccovid.notification;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.core.AreaCode;
import vn.pccovid.support.Http;
import vn.pccovid.support.Outboxes;

/** Citizens for the notification tests: registered over the API, signed in by code (read from the outbox table). */
public final class NotificationFixtures {

	public static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	public static final AreaCode TAN_DINH = AreaCode.ward("79", "760", "26734");
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final Http http;
	private final JdbcClient jdbc;

	public NotificationFixtures(Http http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	public static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** Registers a woman born 1990 with this phone in this ward (officer's bearer) and answers her id. */
	public UUID registered(String officerBearer, String phone, AreaCode ward) {
		String cccd = "0011" + "90" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String given = "X" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 26).replaceAll("[0-9]", "a");
		String body = """
				{"cccd":"%s","fullName":"Nguyễn Thị %s","dateOfBirth":"1990-03-05","sex":"FEMALE","phone":"%s",
				 "currentWard":"%s","currentAddress":"Số 1 Hàng Bún"}""".formatted(cccd, given, phone, ward.value());
		Http.Response response = http.post("/api/v1/registry/citizens", body, "Authorization", officerBearer);
		if (response.status() != 201) {
			throw new IllegalStateException("registration: " + response.status() + " " + response.body());
		}
		return UUID.fromString(response.json().get("id").asString());
	}

	/** A citizen's bearer token for the phone. */
	public String citizenBearer(String phone) {
		long before = Outboxes.lastId(jdbc, phone);
		Http.Response sent = http.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", ip());
		if (sent.status() != 202) {
			throw new IllegalStateException("otp: " + sent.status() + " " + sent.body());
		}
		String code = Outboxes.latestCode(jdbc, phone, before);
		Http.Response signedIn = http.post("/api/v1/auth/otp/verify", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}",
				"X-Forwarded-For", ip());
		return "Bearer " + signedIn.json().get("accessToken").asString();
	}

	/** A citizen's web session cookie, signed in through the /login forms. */
	public String citizenSession(String phone) {
		long before = Outboxes.lastId(jdbc, phone);
		String ip = ip();
		Http.Response page = http.get("/login", "X-Forwarded-For", ip);
		String cookie = cookie(page, null);
		Http.Response sent = form("/login", cookie, ip, "phone=" + enc(phone) + "&_csrf=" + enc(csrf(page)));
		cookie = cookie(sent, cookie);
		Http.Response codePage = http.get("/login/verify", "Cookie", cookie, "X-Forwarded-For", ip);
		String code = Outboxes.latestCode(jdbc, phone, before);
		Http.Response signedIn = form("/login/verify", cookie, ip, "phone=" + enc(phone) + "&code=" + code + "&_csrf="
				+ enc(csrf(codePage)));
		return cookie(signedIn, cookie);
	}

	/** The CSRF token on a page. */
	public static String csrf(Http.Response page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token");
		}
		return matcher.group(1);
	}

	public Http.Response form(String path, String cookie, String ip, String form) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie).header("X-Forwarded-For", ip).POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	public static String ip() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private static String cookie(Http.Response response, String current) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
				.map(c -> c.split(";")[0]).findFirst().orElse(current);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
