package vn.pccovid.web;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.AccessFixtures;

/**
 * In Chromium: when the session runs out while a staff member types into an htmx search, the whole window goes to
 * the sign-in page with a notice (not a sign-in page inside the results), and signing in returns to the search page.
 */
class SessionExpiryBrowserTest extends BrowserTest {


	@Test
	void anExpiredSessionDuringASearchLeadsToSignInAndBack() {
		String username = access().account(Role.WARD_POLICE, Scope.NATIONAL).username();
		browser.get(url("/console/citizens?lang=vi"));
		wait.until(ExpectedConditions.urlContains("/console/login"));
		signIn(username);
		wait.until(ExpectedConditions.urlContains("/console/citizens"));

		browser.manage().deleteCookieNamed("JSESSIONID");
		browser.manage().addCookie(new Cookie("JSESSIONID", "ran-out", "/"));
		browser.findElement(By.id("citizen-q")).sendKeys("nguyen van");

		wait.until(ExpectedConditions.urlContains("/console/login?expired"));
		assertThat(browser.findElement(By.cssSelector(".session-expired")).getText()).contains("Phiên đăng nhập đã hết hạn");
		signIn(username);
		wait.until(ExpectedConditions.urlToBe(url("/console/citizens?lang=vi")));
		assertThat(browser.findElement(By.id("citizen-q")).isDisplayed()).isTrue();
	}

	private void signIn(String username) {
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(AccessFixtures.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
