package vn.pccovid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.pccovid.core.AreaCode;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** Response headers, the session cookie, redirects that never name a host, and the OpenAPI security declarations. */
class WebHardeningTest extends PlatformTest {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void pagesAndApiAnswersCarryTheSecurityHeaders() {
		for (Http.Response response : List.of(http().get("/console/login"), http().get("/"), http().get("/api/v1/areas/provinces"),
				http().get("/api/v1/access/accounts"), http().get("/v3/api-docs"))) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		}
	}

	@Test
	void staticFilesAreKeptAndRevalidatedWhilePagesAreNeverStored() {
		for (String file : List.of("/css/app.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js")) {
			Http.Response first = http().get(file);
			assertThat(first.status()).as(file).isEqualTo(200);
			assertThat(first.headers().firstValue("Cache-Control")).as(file).hasValue("no-cache");
			String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
			assertThat(http().get(file, "If-Modified-Since", lastModified).status()).as(file).isEqualTo(304);
		}
		for (Http.Response page : List.of(http().get("/console/login"), http().get("/"), http().get("/api/v1/areas/provinces"))) {
			assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		}
	}

	@Test
	void theSessionCookieIsSameSiteLax() {
		String cookie = http().get("/console/login").headers().allValues("Set-Cookie").stream()
				.filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
		assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
	}

	@Test
	void aForgedHostNeverReachesALocation() throws IOException {
		String answer = raw("GET /console/areas HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(location(answer)).isEqualTo("/console/login?next=%2Fconsole%2Fareas");
		String citizen = raw("GET /me/access-log HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(location(citizen)).isEqualTo("/login?next=%2Fme%2Faccess-log");
	}

	@Test
	void aForwardedHostNeverReachesALocationEither() {
		String evil = "evil.example";
		Http.Response entry = http().get("/console/citizens", "X-Forwarded-Host", evil);
		assertThat(entry.headers().firstValue("Location")).hasValue("/console/login?next=%2Fconsole%2Fcitizens");

		// back to the page that asked for the sign-in
		Http.Response page = http().get("/console/login?next=%2Fconsole%2Fcitizens", "X-Forwarded-Host", evil);
		String cookie = sessionCookie(page);
		String username = access().account(Role.HEALTH_WORKER, Scope.of(AreaCode.province("01"))).username();
		Http.Response failed = form("/console/login", "username=" + username + "&password=wrong-password!&_csrf=" + csrf(page), cookie, evil);
		assertThat(failed.headers().firstValue("Location")).hasValue("/console/login?error");
		Http.Response signedIn = form("/console/login", "username=" + username + "&password=" + AccessFixtures.PASSWORD
				+ "&_csrf=" + csrf(page), cookie, evil);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith("/console/citizens").doesNotContain(evil);
		String session = sessionCookie(signedIn);

		Http.Response areas = http().get("/console/areas", "Cookie", session, "X-Forwarded-Host", evil);
		Http.Response out = form("/logout", "_csrf=" + csrf(areas), session, evil);
		assertThat(out.headers().firstValue("Location")).hasValue("/console/login?signed-out");
	}

	@Test
	void theApiDocumentAsksForATokenOnlyWhereOneIsNeeded() {
		JsonNode api = http().get("/v3/api-docs").json();
		assertThat(api.has("security")).as("no document-wide security requirement").isFalse();
		JsonNode paths = api.get("paths");
		for (String[] open : new String[][] { { "/api/v1/auth/token", "post" }, { "/api/v1/auth/otp", "post" },
				{ "/api/v1/auth/refresh", "post" }, { "/api/v1/areas/provinces", "get" } }) {
			assertThat(paths.get(open[0]).get(open[1]).has("security")).as(open[0]).isFalse();
		}
		for (String[] closed : new String[][] { { "/api/v1/access/accounts", "get" }, { "/api/v1/access/accounts", "post" },
				{ "/api/v1/access/audit", "get" } }) {
			assertThat(paths.get(closed[0]).get(closed[1]).get("security").toString()).as(closed[0]).isEqualTo("[{\"bearer\":[]}]");
		}
	}

	@Test
	void templatesHoldNoInlineScriptOrStyleThatThePolicyWouldBlock() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
		Pattern inlineStyle = Pattern.compile("<style\\b|\\sstyle=|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				assertThat(inlineScript.matcher(html).find()).as("inline <script> in %s", file).isFalse();
				assertThat(inlineStyle.matcher(html).find()).as("inline style or handler in %s", file).isFalse();
			}
		}
	}

	private Http.Response form(String path, String body, String cookie, String forwardedHost) {
		return http().send(HttpRequest.newBuilder(http().uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie).header("X-Forwarded-Host", forwardedHost)
				.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static String csrf(Http.Response page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("CSRF token in %s", page.body()).isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	private static String sessionCookie(Http.Response response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
				.map(c -> c.split(";")[0]).findFirst().orElseThrow();
	}

	private static String location(String answer) {
		return answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).map(line -> line.substring(9).strip())
				.findFirst().orElse("(none)");
	}

	/** One request written by hand: the JDK's client does not let a caller set {@code Host}. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}
}
