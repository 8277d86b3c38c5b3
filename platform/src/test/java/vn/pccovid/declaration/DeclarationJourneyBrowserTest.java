package vn.pccovid.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.CitizenSignIns;

/**
 * On a phone-sized Chromium (390 × 844): a citizen files a health declaration with a symptom (after a refused
 * empty date), sees the warning card at home, declares a journey and sees its QR; a health worker of the ward then
 * finds the declaration in the area's list.
 */
class DeclarationJourneyBrowserTest extends BrowserTest {

	@Test
	void aCitizenDeclaresASymptomAndAJourneyAndTheWardsHealthWorkerSeesIt() throws Exception {
		browser.manage().window().setSize(new Dimension(390, 844));
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		Registered me = people.adultWithPhone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));

		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), CitizenSignIns.Codes.overHttp(http(), adminBearer()),
				me.phone());
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));

		browser.findElement(By.cssSelector("nav.menu a[href='/me/declarations']")).click();
		wait.until(ExpectedConditions.urlContains("/me/declarations"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(me.fullName());
		browser.findElement(By.id("new-health")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("health-form")));
		browser.executeScript("document.getElementById('date').removeAttribute('required');"
				+ "document.getElementById('date').value = ''");
		browser.findElement(By.cssSelector("#symptoms input[data-code=FEVER]")).click();
		browser.findElement(By.cssSelector("#health-form button[type=submit]")).click();
		WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#declaration-error[role=alert]")));
		assertThat(error.getText()).contains("date");
		assertThat(browser.findElement(By.cssSelector("#symptoms input[data-code=FEVER]")).isSelected()).as("kept").isTrue();
		browser.executeScript("document.getElementById('date').value = arguments[0]", today.toString());
		browser.findElement(By.cssSelector("#health-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("declaration-outcome")));
		assertThat(browser.findElement(By.id("health-history")).getText()).contains("Sốt");
		screenshot("declaration-history");

		browser.get(url("/"));
		assertThat(browser.findElement(By.cssSelector(".home-card.declaration\\.suspicion")).getText())
				.contains("Bạn đã khai báo triệu chứng");

		browser.get(url("/me/declarations"));
		browser.findElement(By.id("new-movement")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("movement-form")));
		assertThat(browser.findElement(By.id("fromWard")).getAttribute("value")).isEqualTo("00001");
		browser.findElement(By.id("toWard")).sendKeys("00004");
		browser.findElement(By.id("purpose")).sendKeys("Đi làm");
		browser.findElement(By.id("plate")).sendKeys("29A-123.45");
		browser.findElement(By.cssSelector("#movement-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("movement-qr")));
		WebElement image = browser.findElement(By.cssSelector("#movement-qr img.qr-image"));
		wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
				"return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
		assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue()).isEqualTo(400);
		screenshot("declaration-movement-qr");

		browser.manage().deleteAllCookies();
		String worker = access().account(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.PHUC_XA)).username();
		signInAsStaff(worker);
		browser.findElement(By.cssSelector("a[href='/console/declarations']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("declaration-filter")));
		browser.findElement(By.id("symptom")).sendKeys("Sốt");
		browser.findElement(By.cssSelector("#declaration-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("symptom=FEVER"));
		assertThat(browser.findElement(By.id("declarations")).getText()).contains(me.fullName(), "Sốt", "Người dân tự khai");
		screenshot("declaration-console");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void screenshot(String name) throws Exception {
		Files.write(Path.of("target", name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}
}
