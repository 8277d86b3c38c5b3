package vn.pccovid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.CitizenWebSessions;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;

/** The citizen app over HTTP: PWA files, the QR image and the people page for a signed-in session. */
class CitizenAppPagesTest extends PlatformTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private PeopleFixtures people;

	@BeforeEach
	void fixtures() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
	}

	@Test
	void servesTheInstallableAppFilesToAnyone() {
		Http.Response manifest = http().get("/manifest.webmanifest");
		assertThat(manifest.status()).isEqualTo(200);
		assertThat(manifest.contentType()).contains("manifest+json");
		assertThat(manifest.json().get("start_url").asString()).isEqualTo("/");
		assertThat(manifest.json().get("icons").size()).isEqualTo(2);

		Http.Response worker = http().get("/sw.js");
		assertThat(worker.status()).isEqualTo(200);
		assertThat(worker.contentType()).contains("javascript");
		assertThat(worker.body()).contains("self.addEventListener('fetch'");
		assertThat(http().get("/js/app.js").contentType()).contains("javascript");
		for (String icon : new String[] { "/icons/icon-192.png", "/icons/icon-512.png" }) {
			Http.Response png = http().get(icon);
			assertThat(png.status()).isEqualTo(200);
			assertThat(png.contentType()).isEqualTo("image/png");
		}
	}

	@Test
	void showsTheQrImageOnlyForPeopleOnThePhone() {
		Registered me = people.adultWithPhone();
		Registered stranger = people.adultWithPhone();
		String cookie = CitizenWebSessions.signIn(http(), adminBearer(), me.phone(), "/login").session();

		Http.Response home = http().get("/", "Cookie", cookie);
		assertThat(home.body()).contains("/me/people/" + me.id() + "/qr.png", me.fullName(), "rel=\"manifest\"");
		Http.Response image = http().get("/me/people/" + me.id() + "/qr.png", "Cookie", cookie);
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(http().get("/me/people/" + stranger.id() + "/qr.png", "Cookie", cookie).status()).isEqualTo(404);
		assertThat(http().get("/me/people/" + UUID.randomUUID() + "/qr.png").status()).isIn(302, 401);
	}

	@Test
	void addsAChildAndShowsErrorsInThePage() {
		Registered me = people.adultWithPhone();
		Registered child = people.register(LocalDate.now(clock).minusYears(6), null, PeopleFixtures.PHUC_XA, null);
		String cookie = CitizenWebSessions.signIn(http(), adminBearer(), me.phone(), "/login").session();

		Http.Response page = http().get("/me/people?lang=en", "Cookie", cookie);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("People on my phone", me.fullName(), "Yourself");

		Http.Response bad = form(cookie, page, "cccd=123&fullName=" + enc(child.fullName()) + "&dateOfBirth=" + child.dateOfBirth());
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.contentType()).startsWith("text/html");
		assertThat(bad.body()).contains("role=\"alert\"", "value=\"123\"");

		Http.Response added = form(cookie, page, "cccd=" + child.cccd() + "&fullName=" + enc(child.fullName())
				+ "&dateOfBirth=" + child.dateOfBirth());
		assertThat(added.status()).isEqualTo(302);
		Http.Response after = http().get("/me/people?lang=en", "Cookie", cookie);
		assertThat(after.body()).contains(child.fullName() + " was added to your phone.", "Child");
	}

	private Http.Response form(String cookie, Http.Response page, String body) {
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		return http().send(HttpRequest.newBuilder(http().uri("/me/people?lang=en"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + enc(csrf.group(1)))));
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
