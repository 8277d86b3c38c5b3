package vn.pccovid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the browser journeys: the whole platform, and a headless Chromium opened for each test and closed after it. */
public abstract class BrowserTest extends PlatformTest {

	/** The width of the phone every page must fit (390 × 844). */
	protected static final int PHONE_WIDTH = 390;

	/** Whether the platform's stylesheet has loaded and applies to the page. */
	private static final String STYLED = """
			return [...document.styleSheets].some(s => (s.href || '').includes('/css/app.css') && s.cssRules.length > 0)""";

	/**
	 * What a page is made of when it is too wide: how each stylesheet and script came back (a page without its
	 * stylesheet is about 700 px wide) and the widest elements, so that a failure says where to look.
	 */
	private static final String WIDTH_DIAGNOSIS = """
			const sheets = [...document.styleSheets].map(s => (s.href || 'inline') + ' rules=' + s.cssRules.length);
			const loads = performance.getEntriesByType('resource').map(e => e.name + ' status=' + e.responseStatus
					+ ' bytes=' + e.transferSize + ' ms=' + Math.round(e.duration));
			const wide = [...document.querySelectorAll('body *')].filter(e => e.scrollWidth > innerWidth)
					.sort((a, b) => b.scrollWidth - a.scrollWidth).slice(0, 5)
					.map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + e.scrollWidth);
			return location.href + ' sheets ' + sheets + '; loads ' + loads + '; widest ' + wide;""";

	protected ChromeDriver browser;
	protected WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
	}

	/**
	 * Asserts that the current page, once its stylesheet applies, needs no sideways scrolling at the phone's width,
	 * and explains when it does.
	 */
	protected void assertFitsThePhone(String page) {
		try {
			wait.until(driver -> (Boolean) browser.executeScript(STYLED));
		}
		catch (TimeoutException e) {
			throw new AssertionError("the stylesheet of " + page + " never applied: " + browser.executeScript(WIDTH_DIAGNOSIS), e);
		}
		long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
		if (width > PHONE_WIDTH) {
			assertThat(width).as("width of %s at %d px: %s", page, PHONE_WIDTH, browser.executeScript(WIDTH_DIAGNOSIS))
					.isLessThanOrEqualTo(PHONE_WIDTH);
		}
	}

	/**
	 * Signs staff in on the console's sign-in page (Vietnamese) and waits until the browser has left it: the sign-in
	 * is done, its session cookie set, before the next page is asked for. (Waiting for an address that contains
	 * {@code /console} would pass at once, on the sign-in page itself, and race the form's post.)
	 */
	protected void signInAsStaff(String username) {
		browser.get("http://localhost:" + port + "/console/login?lang=vi");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(AccessFixtures.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/console/login")));
	}
}
