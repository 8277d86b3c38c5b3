package vn.pccovid.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the browser journeys: the whole platform, and a headless Chromium opened for each test and closed after it. */
public abstract class BrowserTest extends PlatformTest {

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
}
