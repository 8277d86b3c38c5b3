package vn.pccovid.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;

/**
 * In Chromium: an organisation uploads three workers, the ward police approve two and reject one, a worker's permit
 * QR is scanned at a checkpoint inside its zone (allowed, and shown live on a second checkpoint's feed) and at one
 * outside it (denied with the reason) — all on phone-sized windows (390 × 844), where no page scrolls sideways.
 */
class PermitJourneyBrowserTest extends BrowserTest {

	/** A phone's viewport (the suite's default is larger): organisations and checkpoint officers work on phones. */
	private static final Dimension PHONE = new Dimension(390, 844);

	@Test
	void uploadDecideScanAndWatchTheFeed() throws Exception {
		browser.manage().window().setSize(PHONE);
		String registrar = access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL);
		MovementFixtures fixtures = new MovementFixtures(http(), registrar, new PeopleFixtures(http(), registrar, adminBearer()));
		LocalDate today = LocalDate.ofInstant(clock.instant(), PermitApiTest.VIETNAM);
		List<Registered> workers = List.of(fixtures.resident(PeopleFixtures.PHUC_XA, null, false),
				fixtures.resident(PeopleFixtures.PHUC_XA, null, false), fixtures.resident(PeopleFixtures.PHUC_XA, null, false));
		StringBuilder csv = new StringBuilder("cccd,full_name,date_of_birth,purpose,valid_from,valid_to,zones\n");
		for (Registered w : workers) {
			csv.append(w.cccd()).append(',').append(w.fullName()).append(',').append(w.dateOfBirth()).append(",FOOD_SUPPLY,")
					.append(today).append(',').append(today.plusDays(3)).append(",00001\n");
		}
		Path file = Files.createTempFile("workers", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		signIn(browser, access().account(Role.ORGANISATION, Scope.of(PeopleFixtures.PHUC_XA)).username(), "/console/movement/uploads");
		browser.findElement(By.id("upload-file")).sendKeys(file.toString());
		browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
		WebElement done = new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".upload-done")));
		assertThat(done.getText()).contains("3/3");

		var police = access().account(Role.WARD_POLICE, Scope.of(PeopleFixtures.PHUC_XA));
		signIn(browser, police.username(), "/console/movement/permits");
		decide(workers.get(0), ".approve", null);
		decide(workers.get(1), ".approve", null);
		decide(workers.get(2), ".reject", "Không thuộc nhóm thiết yếu");

		String policeBearer = access().bearer(police.username());
		JsonNode approved = http().get("/api/v1/movement/permits?status=APPROVED&limit=100", "Authorization", policeBearer).json().get("items");
		String qr = approved.valueStream().filter(p -> p.get("fullName").asString().equals(workers.get(0).fullName())).findFirst()
				.orElseThrow().get("qr").asString();
		assertThat(http().get("/api/v1/movement/permits?status=REJECTED&limit=100", "Authorization", policeBearer).json().get("items")
				.findValuesAsString("fullName")).contains(workers.get(2).fullName());

		String inside = fixtures.checkpoint(policeBearer, "Chốt Phúc Xá " + PeopleFixtures.uniqueWord(), PeopleFixtures.PHUC_XA);
		String outside = fixtures.checkpoint(access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.TRUC_BACH)),
				"Chốt Trúc Bạch " + PeopleFixtures.uniqueWord(), PeopleFixtures.TRUC_BACH);

		ChromeDriver second = Browser.start();
		second.manage().window().setSize(PHONE);
		try {
			signIn(second, access().account(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("01"))).username(),
					"/console/movement/checkpoints/" + outside);
			new WebDriverWait(second, Duration.ofSeconds(15)).until(d -> "true".equals(d.findElement(By.id("feed")).getAttribute("data-open")));

			signIn(browser, access().account(Role.CHECKPOINT_OFFICER, Scope.of(AreaCode.province("01"))).username(),
					"/console/movement/checkpoints/" + inside);
			scan(qr);
			WebElement allowed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scan-result .decision-ALLOW")));
			assertThat(allowed.getText()).contains("ĐƯỢC ĐI").contains(workers.get(0).fullName());
			WebElement live = new WebDriverWait(second, Duration.ofSeconds(5)).until(ExpectedConditions
					.visibilityOfElementLocated(By.cssSelector("#feed .feed-ALLOW")));
			assertThat(live.getText()).contains("Chốt Phúc Xá").contains("ĐƯỢC ĐI");

			browser.get(url("/console/movement/checkpoints/" + outside));
			scan(qr);
			WebElement denied = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scan-result .decision-DENY")));
			assertThat(denied.getText()).contains("KHÔNG ĐƯỢC ĐI").contains("Giấy đi đường không có giá trị tại khu vực này");
			assertThat(denied.findElement(By.cssSelector("[data-reason]")).getAttribute("data-reason")).isEqualTo("ZONE_NOT_ALLOWED");
			assertThat(pageWidth(browser)).as("checkpoint page width at 390 px").isLessThanOrEqualTo(390);
			assertThat(pageWidth(second)).as("feed page width at 390 px").isLessThanOrEqualTo(390);
		}
		finally {
			second.quit();
		}
	}

	private static long pageWidth(ChromeDriver driver) {
		return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	private void decide(Registered worker, String button, String reason) {
		WebElement row = browser.findElements(By.cssSelector(".permit-row")).stream()
				.filter(r -> r.getText().contains(worker.fullName())).findFirst().orElseThrow();
		if (reason != null) {
			row.findElement(By.cssSelector("input[name=reason]")).sendKeys(reason);
		}
		row.findElement(By.cssSelector(button)).click();
		wait.until(ExpectedConditions.textToBePresentInElement(row, worker.fullName().split(" ")[0]));
		wait.until(d -> !row.findElements(By.cssSelector(".decided")).isEmpty());
	}

	private void scan(String qr) {
		WebElement box = browser.findElement(By.id("scan-qr"));
		box.clear();
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", box, qr);
		browser.findElement(By.cssSelector("#scan-form button[type=submit]")).click();
	}

	private void signIn(ChromeDriver driver, String username, String next) {
		driver.manage().deleteAllCookies();
		driver.get(url(next + "?lang=vi"));
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/console/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(AccessFixtures.PASSWORD);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(next));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
