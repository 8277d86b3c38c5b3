package vn.pccovid.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.CitizenSignIns;
import vn.pccovid.vaccination.AdministeredDose;
import vn.pccovid.vaccination.DoseAdministered;

/**
 * In Chromium at phone size (390 × 844): a citizen with a completed vaccination signs in, opens their certificates
 * page, sees the COVID card's QR and the certificate's QR drawn, and downloads the certificate's PDF; a venue's staff
 * paste the card's QR into the verifier page and see the colour, name and date of birth. No page scrolls sideways.
 */
class CertificateJourneyBrowserTest extends BrowserTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aVaccinatedCitizenSeesTheirQrDownloadsThePdfAndAVenueVerifiesTheCard() {
		browser.manage().window().setSize(new Dimension(390, 844));
		String admin = adminBearer();
		PeopleFixtures fixtures = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), admin);
		Registered me = fixtures.adultWithPhone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
		for (int dose = 1; dose <= 2; dose++) {
			AdministeredDose given = new AdministeredDose(UUID.randomUUID(), "ASTRAZENECA", "AZ" + dose, dose, 2,
					today.minusDays(dose == 1 ? 80 : 20), "Trạm y tế");
			transactions.executeWithoutResult(s -> events.publishEvent(new DoseAdministered(UUID.fromString(me.id()), me.ward(), given)));
		}

		signIn(me.phone());
		String page = url("/me/people/" + me.id() + "/certificates");
		wait.withTimeout(Duration.ofSeconds(30)).until(d -> {
			d.get(page);
			return !d.findElements(By.cssSelector(".certificate[data-kind=VACCINATION]")).isEmpty();
		});
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(me.fullName());
		List<WebElement> qrs = browser.findElements(By.cssSelector("img.qr"));
		assertThat(qrs).as("the card's QR and the certificate's").hasSizeGreaterThanOrEqualTo(2);
		for (WebElement qr : qrs) {
			wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
					.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr)));
		}
		assertFitsThePhone(browser.getCurrentUrl());

		WebElement pdfLink = browser.findElement(By.cssSelector(".certificate[data-kind=VACCINATION] a[href$='.pdf']"));
		@SuppressWarnings("unchecked")
		Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], {credentials: 'same-origin'})
				  .then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('content-type'),
				      head: String.fromCharCode(...new Uint8Array(b.slice(0, 5))), size: b.byteLength})))
				  .catch(e => done({status: 0, type: String(e)}));""", pdfLink.getAttribute("href"));
		assertThat(((Number) pdf.get("status")).intValue()).isEqualTo(200);
		assertThat((String) pdf.get("type")).startsWith("application/pdf");
		assertThat(pdf.get("head")).isEqualTo("%PDF-");
		assertThat(((Number) pdf.get("size")).intValue()).isGreaterThan(1000);

		String qr = http().get("/api/v1/me/people/" + me.id() + "/card", "Authorization", fixtures.citizenBearer(me.phone()))
				.json().get("qr").asString();
		staff(Role.VENUE_OWNER, Scope.of(PeopleFixtures.PHUC_XA), "/console/certificates/verify");
		WebElement box = browser.findElement(By.id("verify-payload"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", box, qr);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verify-result .covid-card")));
		assertThat(card.getText()).contains(me.fullName()).contains("1990-03-05").doesNotContain(me.cccd());
		assertFitsThePhone(browser.getCurrentUrl());

		((JavascriptExecutor) browser).executeScript("arguments[0].value = 'HC1:ABC';", browser.findElement(By.id("verify-payload")));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-result"), "Mã không hợp lệ"));
	}

	private void signIn(String phone) {
		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), CitizenSignIns.Codes.overHttp(http(), adminBearer()), phone);
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
	}

	private void staff(Role role, Scope scope, String next) {
		browser.manage().deleteAllCookies();
		browser.get(url(next + "?lang=vi"));
		wait.until(ExpectedConditions.urlContains("/console/login"));
		browser.findElement(By.id("username")).sendKeys(access().account(role, scope).username());
		browser.findElement(By.id("password")).sendKeys(AccessFixtures.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains(next));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
