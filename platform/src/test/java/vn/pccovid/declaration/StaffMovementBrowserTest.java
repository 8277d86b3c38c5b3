package vn.pccovid.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.BrowserTest;

/**
 * On a phone-sized Chromium (390 × 844): a health worker files a journey for someone without a phone, picking the
 * starting ward by typing "hoan kiem" without accents, and gets the QR to print.
 */
class StaffMovementBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHealthWorkerPicksAWardByNameWithoutAccentsAndFilesAJourney() throws Exception {
		browser.manage().window().setSize(new Dimension(390, 844));
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		Registered grandmother = people.register(LocalDate.of(1946, 6, 6), null, PeopleFixtures.PHUC_XA, null);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));

		String worker = access().account(Role.HEALTH_WORKER, Scope.of(PeopleFixtures.PHUC_XA)).username();
		signInAsStaff(worker);
		browser.findElement(By.cssSelector("a[href='/console/declarations/movement']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("movement-record-form")));

		browser.findElement(By.id("cccd")).sendKeys(grandmother.cccd());
		browser.findElement(By.id("fullName")).sendKeys(grandmother.fullName());
		browser.executeScript("document.getElementById('dateOfBirth').value = arguments[0]", grandmother.dateOfBirth().toString());

		browser.findElement(By.id("fromWard-search")).sendKeys("hoan kiem");
		WebElement hangBai = wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("#fromWard-picks button.ward-pick[data-ward-code='00088']")));
		assertThat(hangBai.getText()).contains("Phường Hàng Bài", "Quận Hoàn Kiếm");
		screenshot("ward-picker-hoan-kiem");
		hangBai.click();
		assertThat(browser.findElement(By.id("fromWard")).getAttribute("value")).isEqualTo("00088");
		assertThat(browser.findElement(By.id("fromWard-chosen")).getText()).isEqualTo("Phường Hàng Bài, Quận Hoàn Kiếm, Thành phố Hà Nội");
		assertThat(browser.findElements(By.cssSelector("#fromWard-picks button"))).as("the list closes").isEmpty();

		browser.findElement(By.id("toWard")).sendKeys("00004"); // typed by hand still works
		browser.executeScript("document.getElementById('date').value = arguments[0]", today.toString());
		browser.findElement(By.id("purpose")).sendKeys("Đi khám bệnh");
		browser.findElement(By.id("plate")).sendKeys("29A-123.45");
		browser.findElement(By.cssSelector("#movement-record-form button[type=submit]")).click();
		WebElement image = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("movement-qr")));
		wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
				"return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
		screenshot("declaration-staff-movement");
		assertThat(jdbc.sql("SELECT from_path FROM declaration.movement_declaration WHERE person_id = ?")
				.param(UUID.fromString(grandmother.id())).query(String.class).single()).endsWith("00088");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void screenshot(String name) throws Exception {
		Files.write(Path.of("target", name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}
}
