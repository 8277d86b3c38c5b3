package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.*;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.Browser;
import vn.pccovid.support.CitizenSignIns;

/**
 * In Chromium: a citizen signs in with phone + code (read from the outbox) and sees who read their data; a staff
 * member signs in and finds that citizen by name typed without diacritics.
 */
class SignInJourneyBrowserTest extends BrowserTest {


	@Test
	void citizenSignsInWithACodeAndSeesWhoReadTheirData() {
		Person person = Person.in(PHUC_XA);
		String id = registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		String police = access().bearer(Role.WARD_POLICE, Scope.of(PHUC_XA));
		assertThat(http().get("/api/v1/registry/citizens/" + id, "Authorization", police).status()).isEqualTo(200);
		String admin = adminBearer();
		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), CitizenSignIns.Codes.overHttp(http(), admin),
				person.phone());
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		wait.until(ExpectedConditions.urlToBe(url("/")));
		browser.findElement(By.cssSelector("nav.menu a[href='/me/access-log']")).click();
		wait.until(ExpectedConditions.urlContains("/me/access-log"));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Công an phường/xã — Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội", "Cán bộ quản lý dân cư")
				.doesNotContain("WARD_POLICE", "REGISTRY_OFFICER");
	}

	@Test
	void staffFindsACitizenByNameWithoutDiacritics() {
		Person person = Person.in(TRUC_BACH);
		registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		String username = access().account(Role.HEALTH_WORKER, Scope.of(BA_DINH)).username();

		signInAsStaff(username);

		browser.get(url("/console/citizens"));
		String typed = VietnameseText.fold(person.fullName());
		assertThat(typed).doesNotContain("ễ", "ị", "ồ");
		browser.findElement(By.id("citizen-q")).sendKeys(typed);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("citizen-results"), person.fullName()));
		assertThat(browser.findElement(By.id("citizen-results")).getText()).contains(person.fullName());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
