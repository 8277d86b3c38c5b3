package vn.pccovid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Browser;
import vn.pccovid.support.PlatformTest;

/** A person opens the home page in Chromium, searches an area without diacritics, and switches to English. */
class HomePageBrowserTest extends PlatformTest {

	private ChromeDriver browser;

	@BeforeEach
	void open() {
		browser = Browser.start();
	}

	private void signInAsStaff() {
		String username = access().account(Role.LOCAL_GOVERNMENT_OFFICER, Scope.NATIONAL).username();
		browser.get("http://localhost:" + port + "/console/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(AccessFixtures.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/areas"));
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void searchesAnAreaFromTheHomePage() throws Exception {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("PC-Covid: ứng dụng phòng, chống dịch COVID-19");

		browser.findElement(By.id("area-q")).sendKeys("phuc xa");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("area-results"), "Phường Phúc Xá"));
		String results = browser.findElement(By.id("area-results")).getText();
		assertThat(results).contains("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội");
		java.nio.file.Files.write(java.nio.file.Path.of("target", "home-search.png"), browser.getScreenshotAs(OutputType.BYTES));

		browser.findElement(By.linkText("English")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "the COVID-19 response app"));
		signInAsStaff();
		browser.get("http://localhost:" + port + "/console/areas");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Administrative area tree");
	}

	@Test
	void consoleTreeOpensAProvince() {
		signInAsStaff();
		browser.get("http://localhost:" + port + "/console/areas?lang=vi");
		browser.findElement(By.xpath("//summary[contains(., 'Thành phố Hà Nội')]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("children-01"), "Quận Ba Đình"));
		assertThat(browser.findElement(By.id("children-01")).getText()).contains("Quận Hoàn Kiếm");
	}
}
