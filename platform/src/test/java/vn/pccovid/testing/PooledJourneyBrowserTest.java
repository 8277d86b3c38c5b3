package vn.pccovid.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.CitizenSignIns;

/**
 * The journey in Chromium at phone size: a health worker pools 5 people, the lab records the pool positive,
 * then the individual re-tests (one positive, four negative); the positive person sees "Dương tính" in the app, the
 * others "Âm tính", and each got exactly one message per result.
 */
@Import(SampleResultedRecorder.class)
class PooledJourneyBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPositivePoolIsRetestedAndEveryoneSeesTheirOwnResult() {
		browser.manage().window().setSize(new Dimension(390, 844));
		TestingFixtures fixtures = new TestingFixtures(http(), access(), adminBearer());
		List<Registered> people = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			people.add(fixtures.people.adultWithPhone());
		}

		signInAsStaff(access().account(Role.HEALTH_WORKER, Scope.of(TestingFixtures.BA_DINH)).username());
		browser.get(url("/console/testing/sampling?lang=vi"));
		String siteName = "Điểm xét nghiệm " + vn.pccovid.people.PeopleFixtures.uniqueWord();
		browser.findElement(By.id("site-name")).sendKeys(siteName);
		browser.findElement(By.id("site-ward")).sendKeys("00001");
		browser.findElement(By.id("site-hours")).sendKeys("7:00–11:00");
		browser.findElement(By.cssSelector("#site-form button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//li[span[contains(., '" + siteName + "')]]//button")))
				.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pool-form")));
		browser.findElement(By.cssSelector("#pool-form button")).click();
		String pool = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taken-barcode"))).getText();
		assertThat(pool).startsWith("P");
		for (Registered person : people) {
			browser.findElement(By.id("sample-cccd")).sendKeys(person.cccd());
			browser.findElement(By.cssSelector("#sample-form button")).click();
			wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("taken-barcode"), pool)));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-pool")));
		}
		assertThat(browser.findElement(By.cssSelector("tr[data-barcode='" + pool + "']")).getText()).contains("5");

		browser.manage().deleteAllCookies();
		signInAsStaff(access().account(Role.LAB_TECHNICIAN, Scope.of(TestingFixtures.BA_DINH)).username());
		labRecords(pool, "POSITIVE");
		String session = fixtures.session();
		for (int i = 0; i < 5; i++) {
			TestingFixtures.Tube retest = fixtures.sample(session, people.get(i).cccd(), null);
			labRecords(retest.barcode(), i == 0 ? "POSITIVE" : "NEGATIVE");
		}

		browser.manage().deleteAllCookies();
		assertCitizenSees(people.get(0), "Dương tính");
		browser.manage().deleteAllCookies();
		assertCitizenSees(people.get(1), "Âm tính");
		for (Registered person : people) {
			List<String> keys = jdbc.sql("SELECT idempotency_key FROM notification.notification WHERE person_id = ?::uuid AND kind LIKE 'testing.%'")
					.param(person.id()).query(String.class).list();
			assertThat(keys).hasSize(2).anyMatch(k -> k.startsWith("testing.retest:")).anyMatch(k -> k.startsWith("testing.result:"));
			assertThat(jdbc.sql("SELECT count(*) FROM notification.delivery WHERE person_id = ?::uuid AND kind LIKE 'testing.%'")
					.param(person.id()).query(Long.class).single()).as("one SMS per result").isEqualTo(2);
		}
	}

	private void labRecords(String barcode, String result) {
		browser.get(url("/console/testing/lab?lang=vi"));
		browser.findElement(By.id("receipt-barcode")).sendKeys(barcode);
		browser.findElement(By.cssSelector("#receipt-form button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), barcode));
		browser.findElement(By.id("result-barcode")).sendKeys(barcode);
		new Select(browser.findElement(By.id("result-value"))).selectByValue(result);
		browser.findElement(By.cssSelector("#result-form button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), result));
		assertThat(browser.findElements(By.cssSelector("[role=alert]"))).isEmpty();
	}

	private void assertCitizenSees(Registered person, String status) {
		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), CitizenSignIns.Codes.overHttp(http(), adminBearer()),
				person.phone());
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		assertThat(browser.findElement(By.tagName("main")).getText()).containsIgnoringCase(status);
		browser.get(url("/me/results"));
		String latest = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-item .result-status"))).getText();
		assertThat(latest).isEqualTo(status);
		assertThat(browser.findElement(By.cssSelector(".result-list")).getText()).contains("Mẫu gộp dương tính");
	}


	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
