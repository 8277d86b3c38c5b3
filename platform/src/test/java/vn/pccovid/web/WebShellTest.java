package vn.pccovid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.HomeCard;
import vn.pccovid.core.HomeCards;
import vn.pccovid.support.CitizenWebSessions;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;

/**
 * The web shell: menus show only what a role may use, browsers get HTML error pages (the API keeps problem
 * details), a signed-out unknown address is a 404, an expired session inside htmx redirects the whole window and
 * signing in returns there, language links keep the page, and the citizen's home shows the modules' cards.
 */
@Import(WebShellTest.Cards.class)
class WebShellTest extends PlatformTest {

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
	private static final AreaCode PHUC_XA = AreaCode.ward("01", "001", "00001");
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** A module's home cards, as a test stands in for one: one card naming the selected person. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Cards {

		@Bean
		HomeCards testHomeCards() {
			return (phone, person) -> List.of(new HomeCard("test.card", HomeCard.Tone.GOOD, "home.person.label",
					List.of("card-of-" + person), null, null, null, 5));
		}
	}

	@Test
	void menusShowOnlyWhatTheRoleMayUse() {
		String admin = WebSessions.staff(http(), access().account(Role.SYSTEM_ADMIN, Scope.NATIONAL).username());
		String adminPage = http().get("/console/areas", "Cookie", admin).body();
		assertThat(adminPage).contains("href=\"/console/areas\"", "href=\"/console/audit\"", "href=\"/console/outbox\"",
				"href=\"/console/accounts\"", "href=\"/console/registry/import\"").doesNotContain("href=\"/console/citizens\"");

		String police = WebSessions.staff(http(), access().account(Role.WARD_POLICE, Scope.of(PHUC_XA)).username());
		String policePage = http().get("/console/areas", "Cookie", police).body();
		assertThat(policePage).contains("href=\"/console/citizens\"").doesNotContain("href=\"/console/registry/import\"",
				"href=\"/console/audit\"", "href=\"/console/outbox\"", "href=\"/console/accounts\"");
		assertThat(policePage.indexOf("href=\"/console/areas\"")).isLessThan(policePage.indexOf("href=\"/console/citizens\""));
	}

	@Test
	void bothLayoutsNameTheirIconSoNoBrowserAsksForAMissingFavicon() {
		for (String page : List.of(http().get("/console/login").body(), http().get("/").body())) {
			assertThat(page).contains("<link rel=\"icon\" type=\"image/png\" sizes=\"192x192\" href=\"/icons/icon-192.png\">");
		}
		Http.Response icon = http().get("/icons/icon-192.png");
		assertThat(icon.status()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/png");
	}

	@Test
	void staffLayoutShowsTheStaffMembersNameNotTheirId() {
		var account = access().account(Role.HEALTH_WORKER, Scope.NATIONAL);
		String page = http().get("/console/areas", "Cookie", WebSessions.staff(http(), account.username())).body();
		assertThat(page).contains(account.displayName()).doesNotContain(account.id().toString());
	}

	@Test
	void aBrowserGetsAFriendly403PageWhileTheApiGetsAProblem() {
		String admin = WebSessions.staff(http(), access().account(Role.SYSTEM_ADMIN, Scope.NATIONAL).username());
		Http.Response page = http().get("/console/citizens", "Cookie", admin, "Accept", HTML);
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("Bạn không mở được trang này", "class=\"staff\"", "href=\"/console\"");

		assertProblem(http().get("/api/v1/registry/citizens?q=nguyen", "Authorization", adminBearer(), "Accept", HTML), 403, null);
	}

	@Test
	void aFormWithoutItsCsrfTokenIsAnHtmlPageForABrowser() {
		String staff = WebSessions.staff(http(), access().account(Role.HEALTH_WORKER, Scope.NATIONAL).username());
		Http.Response refused = http().send(HttpRequest.newBuilder(http().uri("/logout")).header("Accept", HTML)
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", staff)
				.POST(HttpRequest.BodyPublishers.ofString("")));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("text/html");
		assertThat(refused.body()).contains("class=\"staff\"", "Có lỗi xảy ra").doesNotContain("Bạn không mở được trang này");
	}

	@Test
	void unknownAddressesAre404PagesForBrowsersAndProblemsForTheApi() {
		Http.Response signedOut = http().get("/no-such-page", "Accept", HTML);
		assertThat(signedOut.status()).isEqualTo(404);
		assertThat(signedOut.body()).contains("Không tìm thấy trang", "class=\"citizen\"", "href=\"/\"");
		Http.Response console = http().get("/console/no-such-page", "Accept", HTML);
		assertThat(console.status()).isEqualTo(404);
		assertThat(console.body()).contains("Không tìm thấy trang", "class=\"staff\"");

		String staff = WebSessions.staff(http(), access().account(Role.HEALTH_WORKER, Scope.NATIONAL).username());
		Http.Response signedIn = http().get("/console/no-such-page?lang=en", "Cookie", staff, "Accept", HTML);
		assertThat(signedIn.status()).isEqualTo(404);
		assertThat(signedIn.body()).contains("Page not found", "class=\"staff\"").doesNotContain("Yêu cầu không hợp lệ");

		assertProblem(http().get("/api/v1/no-such-thing", "Accept", HTML), 404, null);
	}

	@Test
	void aBadFilterIsSaidInlineOnThePageNotAsJson() {
		String admin = WebSessions.staff(http(), access().account(Role.SYSTEM_ADMIN, Scope.NATIONAL).username());
		Http.Response page = http().get("/console/audit?citizen=not-an-id", "Cookie", admin, "Accept", HTML);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("role=\"alert\"", "id=\"citizen-error\"", "class=\"staff\"");
	}

	@Test
	void anExpiredSessionInsideHtmxRedirectsTheWindowAndSigningInReturnsThere() {
		Http.Response fragment = http().get("/console/citizens/search?q=nguyen", "Cookie", "JSESSIONID=expired-session",
				"HX-Request", "true", "HX-Current-URL", "http://localhost:" + port + "/console/citizens?q=nguyen");
		assertThat(fragment.status()).isEqualTo(401);
		String redirect = fragment.headers().firstValue("HX-Redirect").orElseThrow();
		assertThat(redirect).isEqualTo("/console/login?expired&next=%2Fconsole%2Fcitizens%3Fq%3Dnguyen");
		assertThat(fragment.body()).doesNotContain("<html");

		Http.Response signInPage = http().get(redirect);
		assertThat(signInPage.body()).contains("Phiên đăng nhập đã hết hạn");
		Http.Response signedIn = signIn(signInPage, access().account(Role.WARD_POLICE, Scope.of(PHUC_XA)).username());
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console/citizens?q=nguyen");
	}

	@Test
	void signInNeverReturnsToAnotherSite() {
		Http.Response page = http().get("/console/login?next=" + enc("//evil.example/x"));
		Http.Response signedIn = signIn(page, access().account(Role.HEALTH_WORKER, Scope.NATIONAL).username());
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console").doesNotContain("evil");
	}

	@Test
	void languageLinksKeepThePathAndQuery() {
		String page = http().get("/console/login?next=%2Fconsole%2Faudit").body();
		assertThat(page).contains("href=\"/console/login?next=%2Fconsole%2Faudit&amp;lang=en\"",
				"href=\"/console/login?next=%2Fconsole%2Faudit&amp;lang=vi\"", "class=\"skip-link\" href=\"#main\"",
				"aria-label=\"Chọn ngôn ngữ\"");
		assertThat(http().get("/?lang=en").body()).contains("href=\"/?lang=vi\"", "aria-label=\"Choose language\"");
	}

	@Test
	void signedOutHomePromisesOnlyWhatExists() {
		String home = http().get("/").body();
		assertThat(home).contains("href=\"/login\"", "id=\"area-q\"").doesNotContain("tiêm chủng", "Khai báo y tế");
	}

	@Test
	void citizensLandOnTheirHomeWithTheSelectedPersonsCards() {
		String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String officer = access().bearer(Role.REGISTRY_OFFICER, Scope.of(PHUC_XA.parent().parent()));
		String first = register(officer, phone, "001190", "An");
		String second = register(officer, phone, "001190", "Bình");

		CitizenWebSessions citizen = CitizenWebSessions.signIn(http(), adminBearer(), phone, "/login");
		assertThat(citizen.landedOn()).endsWith("/");
		String home = http().get("/", "Cookie", citizen.session()).body();
		Matcher selected = Pattern.compile("data-person=\"([0-9a-f-]{36})\"").matcher(home);
		assertThat(selected.find()).as(home).isTrue();
		String shown = selected.group(1);
		String other = shown.equals(first) ? second : first;
		assertThat(List.of(first, second)).contains(shown);
		assertThat(home).contains("card-of-" + shown, "home-card", "tone-good", "href=\"/me/access-log\"", "person-switch",
				"href=\"/?person=" + other + "\"").doesNotContain("card-of-" + other);

		assertThat(http().get("/?person=" + other, "Cookie", citizen.session()).body()).contains("card-of-" + other);
		assertThat(http().get("/", "Cookie", citizen.session()).body()).as("remembered").contains("card-of-" + other);
		assertThat(http().get("/?person=" + java.util.UUID.randomUUID(), "Cookie", citizen.session()).body())
				.as("a person not on this phone is never shown").contains("card-of-" + other);
	}

	@Test
	void aCitizenSentToSignInReturnsToThePageTheyAskedFor() {
		Http.Response asked = http().get("/me/access-log?lang=vi");
		assertThat(asked.status()).isEqualTo(302);
		String signInPage = asked.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "");
		assertThat(signInPage).isEqualTo("/login?next=%2Fme%2Faccess-log%3Flang%3Dvi");

		String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		register(access().bearer(Role.REGISTRY_OFFICER, Scope.of(PHUC_XA)), phone, "001190", "Cúc");
		CitizenWebSessions citizen = CitizenWebSessions.signIn(http(), adminBearer(), phone, signInPage);
		assertThat(citizen.landedOn()).endsWith("/me/access-log?lang=vi");
	}

	private String register(String bearer, String phone, String cccdStart, String given) {
		String cccd = cccdStart + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String body = """
				{"cccd":"%s","fullName":"Nguyễn Thị %s","dateOfBirth":"1990-03-05","sex":"FEMALE","phone":"%s",
				 "currentWard":"00001","currentAddress":"Số 1 Hàng Bún"}""".formatted(cccd, given, phone);
		Http.Response created = http().post("/api/v1/registry/citizens", body, "Authorization", bearer);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private Http.Response signIn(Http.Response signInPage, String username) {
		String cookie = signInPage.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
				.map(c -> c.split(";")[0]).findFirst().orElseThrow();
		Matcher csrf = CSRF.matcher(signInPage.body());
		assertThat(csrf.find()).isTrue();
		Http.Response signedIn = http().send(HttpRequest.newBuilder(http().uri("/console/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password="
						+ enc(vn.pccovid.support.AccessFixtures.PASSWORD) + "&_csrf=" + enc(csrf.group(1)))));
		assertThat(signedIn.status()).isEqualTo(302);
		return signedIn;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
