package vn.pccovid.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.CitizenSignIns;

/**
 * In Chromium: a venue owner registers a venue, ward health staff approve it, the owner downloads the poster; a
 * citizen signs in, the poster's QR content goes into the scan page's text field (no camera in a headless browser),
 * the check-in shows in the citizen's history and in the visitor log; the owner scans the citizen's personal QR on
 * the scanner page.
 */
class CheckInJourneyBrowserTest extends BrowserTest {

	@Test
	void venueRegisteredApprovedPosterScannedAndVisitorSeenBothWays() throws Exception {
		String owner = access().account(Role.VENUE_OWNER, Scope.of(PeopleFixtures.PHUC_XA.parent())).username();
		String staff = access().account(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.PHUC_XA)).username();
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		Registered person = people.adultWithPhone();
		// A phone-sized window (the suite's default is larger): the journey must work on a 390 × 844 screen.
		browser.manage().window().setSize(new Dimension(390, 844));

		// The owner registers a venue.
		signInAsStaff(owner);
		browser.get(url("/console/venues"));
		browser.findElement(By.id("venue-name")).sendKeys("Chợ Hàng Bè");
		new Select(browser.findElement(By.id("venue-type"))).selectByValue("MARKET");
		browser.findElement(By.id("wardCode")).sendKeys("00001");
		browser.findElement(By.id("venue-address")).sendKeys("Số 5 phố Hàng Bè");
		browser.findElement(By.cssSelector("#venue-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("venue-status"), "Chờ phê duyệt"));
		String venuePath = URI.create(browser.getCurrentUrl()).getPath();
		String venueId = venuePath.substring(venuePath.lastIndexOf('/') + 1);

		// Ward health staff approve it.
		browser.manage().deleteAllCookies();
		signInAsStaff(staff);
		browser.get(url(venuePath));
		browser.findElement(By.id("approve")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("venue-status"), "Đã phê duyệt"));

		// The owner downloads the poster (its link on the venue page, fetched with the owner's session).
		browser.manage().deleteAllCookies();
		signInAsStaff(owner);
		browser.get(url(venuePath));
		String posterHref = browser.findElement(By.id("poster-pdf")).getAttribute("href");
		String cookie = "SESSION=" + browser.manage().getCookieNamed(sessionCookie()).getValue();
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(posterHref))
				.header("Cookie", sessionCookie() + "=" + browser.manage().getCookieNamed(sessionCookie()).getValue()).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).as(cookie).isEqualTo(200);
		Posters.Poster poster = Posters.read(pdf.body());
		assertThat(poster.text()).contains("Chợ Hàng Bè", "QUÉT MÃ ĐỂ KHAI BÁO", "Scan to check in");

		// A citizen signs in and "scans" the poster: its content goes into the scan page.
		browser.manage().deleteAllCookies();
		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), CitizenSignIns.Codes.overHttp(http(), adminBearer()),
				person.phone());
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
		browser.findElement(By.cssSelector("nav.menu a[href='/checkin']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("venue-qr")));
		browser.findElement(By.id("venue-qr")).sendKeys(poster.qr());
		browser.findElement(By.id("checkin-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkin-done"), "Chợ Hàng Bè"));
		browser.get(url("/me/checkins"));
		assertThat(browser.findElement(By.id("checkin-history")).getText()).contains("Chợ Hàng Bè", "quét mã địa điểm");
		String personalQr = http().get("/api/v1/me/people/" + person.id() + "/qr", "Authorization",
				people.citizenBearer(person.phone())).json().get("payload").asString();

		// Staff of the ward see who came.
		browser.manage().deleteAllCookies();
		signInAsStaff(staff);
		browser.get(url(venuePath));
		assertThat(browser.findElement(By.id("visitor-log")).getText()).contains(person.fullName());

		// The owner scans the citizen's personal QR at the door, and sees times only in the log.
		browser.manage().deleteAllCookies();
		signInAsStaff(owner);
		browser.get(url(venuePath));
		assertThat(browser.findElement(By.id("visitor-log")).getText()).doesNotContain(person.fullName());
		browser.findElement(By.id("scanner-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-qr")));
		browser.findElement(By.id("person-qr")).sendKeys(personalQr);
		browser.findElement(By.id("scan-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scan-done"), "Nguyễn V. X."));
		assertThat(http().get("/api/v1/venues/" + venueId + "/visitors", "Authorization", access().bearer(staff))
				.json().get("items")).hasSize(2);
	}


	private String sessionCookie() {
		return browser.manage().getCookies().stream().map(c -> c.getName()).filter(n -> n.toUpperCase().contains("SESSION"))
				.findFirst().orElseThrow();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
