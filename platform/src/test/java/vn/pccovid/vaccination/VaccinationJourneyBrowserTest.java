package vn.pccovid.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.CitizenSignIns;

/**
 * The journey on a phone-sized Chromium (390 × 844): a citizen registers and books a slot; the site's staff check
 * them in by their personal QR, screen them and record the dose; the citizen's health book then shows it.
 */
class VaccinationJourneyBrowserTest extends BrowserTest {

	@Autowired
	Clock platformClock;

	@Test
	void aCitizenBooksIsVaccinatedAtTheSiteAndSeesTheDoseInTheHealthBook() {
		browser.manage().window().setSize(new Dimension(390, 844));
		String admin = adminBearer();
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), admin);
		String staffName = access().account(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01"))).username();
		VaccinationFixtures vaccination = new VaccinationFixtures(http(), access().bearer(staffName));
		LocalDate today = LocalDate.now(platformClock);
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		vaccination.slot(site, today, 30, 20);
		vaccination.stock(site, "PFIZER", "FJ8761", 12, today);
		Registered me = people.adultWithPhone();
		CitizenSignIns.Codes codes = CitizenSignIns.Codes.overHttp(http(), admin);

		// The citizen registers and books.
		signInAsCitizen(codes, me.phone());
		browser.get(url("/me/vaccination?lang=vi"));
		browser.findElement(By.id("register")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaccination-outcome")));
		browser.findElement(By.cssSelector(".offer-row button.book")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".booking-row")));
		assertThat(browser.findElement(By.cssSelector(".booking-row")).getText()).contains("Mũi 1", "Trạm Y tế");
		String qr = http().get("/api/v1/me/people/" + me.id() + "/qr", "Authorization", people.citizenBearer(me.phone()))
				.json().get("payload").asString();

		// The site's staff scan the QR, screen and vaccinate.
		browser.manage().deleteAllCookies();
		signInAsStaff(staffName);
		browser.get(url("/console/vaccination"));
		browser.findElement(By.cssSelector(".sites a[href$='" + site + "']")).click();
		browser.findElement(By.id("personQr")).sendKeys(qr);
		browser.findElement(By.id("check-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(me.fullName());
		browser.findElement(By.id("screen")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-dose")));
		assertThat(browser.findElement(By.id("visit-status")).getText()).isEqualTo("Đủ điều kiện tiêm");
		browser.findElement(By.id("record-dose")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("observe")));
		assertThat(browser.findElement(By.id("visit-outcome")).getText()).contains("Đã ghi nhận mũi tiêm");

		// The citizen's health book shows the dose.
		browser.manage().deleteAllCookies();
		signInAsCitizen(codes, me.phone());
		browser.get(url("/me/vaccination?lang=vi"));
		assertThat(browser.findElement(By.cssSelector(".dose-row")).getText()).contains("Pfizer", "FJ8761", "Trạm Y tế");
		assertThat(browser.findElements(By.cssSelector(".booking-row"))).isEmpty();
		assertFitsThePhone("health book");
	}

	private void signInAsCitizen(CitizenSignIns.Codes codes, String phone) {
		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), codes, phone);
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
