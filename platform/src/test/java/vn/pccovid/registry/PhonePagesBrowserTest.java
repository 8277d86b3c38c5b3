package vn.pccovid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.registry.CitizenFixtures.BA_DINH;
import static vn.pccovid.registry.CitizenFixtures.HANOI;
import static vn.pccovid.registry.CitizenFixtures.PHUC_XA;
import static vn.pccovid.registry.CitizenFixtures.registered;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccount;
import vn.pccovid.registry.CitizenFixtures.Person;
import vn.pccovid.support.AccessFixtures;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.CitizenSignIns;

/**
 * In Chromium at phone size (390 × 844): result tables stack and never scroll sideways, "more" appends, the access
 * log speaks in names and Vietnam time, sign-in and import forgive mistakes, and the accounts page opens an account.
 */
class PhonePagesBrowserTest extends BrowserTest {

	@BeforeEach
	void phoneSized() {
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	@Test
	void citizenSearchResultsStackAppendMoreAndOpenARecord() {
		String shared = CitizenFixtures.uniqueWord();
		String officer = access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI));
		for (int i = 0; i < 31; i++) {
			Person base = Person.in(PHUC_XA);
			registered(http(), officer, new Person(base.cccd(), "Lê Thị " + shared + " " + CitizenFixtures.uniqueWord(),
					base.dateOfBirth(), base.sex(), base.phone(), PHUC_XA));
		}
		signInAsStaff(access().account(Role.HEALTH_WORKER, Scope.of(BA_DINH)).username(), AccessFixtures.PASSWORD);

		browser.get(url("/console/citizens?lang=vi"));
		browser.findElement(By.id("citizen-q")).sendKeys(shared.toLowerCase());
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#citizen-rows tr"), 30));
		WebElement firstRow = browser.findElement(By.cssSelector("#citizen-rows tr"));
		String firstName = firstRow.findElement(By.tagName("strong")).getText();
		WebElement ward = firstRow.findElements(By.tagName("td")).get(5);
		assertThat(ward.getAttribute("data-label")).isEqualTo("Phường/xã");
		assertThat(ward.getText()).isEqualTo("Phường Phúc Xá (00001)");
		assertThat(browser.executeScript("return getComputedStyle(arguments[0]).display", ward)).isEqualTo("grid");
		assertThat(browser.executeScript("return getComputedStyle(arguments[0]).display", firstRow)).isEqualTo("block");
		assertFitsThePhone(browser.getCurrentUrl());

		browser.findElement(By.cssSelector("#citizen-more button")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#citizen-rows tr"), 31));
		assertThat(browser.findElement(By.cssSelector("#citizen-rows tr strong")).getText()).isEqualTo(firstName);
		assertThat(browser.findElements(By.cssSelector("#citizen-more button"))).isEmpty();

		browser.findElement(By.cssSelector("#citizen-rows tr a")).click();
		wait.until(ExpectedConditions.urlContains("/console/citizens/"));
		String record = browser.findElement(By.tagName("main")).getText();
		assertThat(record).contains(firstName, "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội (00001)");
		assertFitsThePhone(browser.getCurrentUrl());
	}

	@Test
	void theAccessLogSpeaksInNamesAndVietnamTimeAndTheCodePageForgives() {
		Person person = Person.in(PHUC_XA);
		String id = registered(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.of(HANOI)), person);
		String nurse = access().bearer(Role.HEALTH_WORKER, Scope.of(PHUC_XA));
		for (int i = 0; i < 3; i++) {
			assertThat(http().get("/api/v1/registry/citizens/" + id, "Authorization", nurse).status()).isEqualTo(200);
		}
		String admin = adminBearer();
		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), CitizenSignIns.Codes.overHttp(http(), admin),
				person.phone());
		browser.findElement(By.id("code")).sendKeys(code.equals("000000") ? "111111" : "000000");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Còn 4 lần nhập");

		browser.findElement(By.linkText("English")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Enter the code"));
		assertThat(browser.getPageSource()).doesNotContain("\"status\"");
		browser.findElement(By.linkText("Tiếng Việt")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nhập mã xác thực"));
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		// Signed in, a citizen lands on their home (personal QR); "who read my data" is one menu step away.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/me/access-log']")));
		browser.findElement(By.cssSelector("a[href='/me/access-log']")).click();
		wait.until(ExpectedConditions.urlContains("/me/access-log"));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Nhân viên y tế — Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội", "(giờ Việt Nam)",
				"3 lần", "Cán bộ quản lý dân cư").doesNotContain("REGISTRY_OFFICER", "HEALTH_WORKER", "01.001");
		assertFitsThePhone(browser.getCurrentUrl());
	}

	@Test
	void aWrongStaffPasswordKeepsTheUsername() {
		String username = access().account(Role.HEALTH_WORKER, Scope.of(BA_DINH)).username();
		signInAsStaff(username, "not-the-password");
		wait.until(ExpectedConditions.urlContains("error"));
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Sai tên đăng nhập");
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
		assertFitsThePhone(browser.getCurrentUrl());
	}

	@Test
	void aRejectedImportSaysSoAndNamesTheCsvColumn() throws IOException {
		signInAsStaff(access().account(Role.REGISTRY_OFFICER, Scope.of(HANOI)).username(), AccessFixtures.PASSWORD);
		Person person = Person.in(PHUC_XA);
		Path csv = Files.createTempFile("import", ".csv");
		Files.writeString(csv, "cccd,full_name,date_of_birth,sex,current_ward\n" + person.cccd() + ",,1990-03-05,FEMALE,00001\n",
				StandardCharsets.UTF_8);
		browser.get(url("/console/registry/import?lang=vi"));
		browser.findElement(By.id("import-file")).sendKeys(csv.toString());
		browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-progress"), "Bị từ chối"));
		String progress = browser.findElement(By.id("import-progress")).getText();
		assertThat(progress).contains("không dòng nào được ghi", "'full_name'").doesNotContain("fullName");
		assertThat(browser.findElement(By.cssSelector("#import-progress [role=alert]")).getText()).contains("Bị từ chối");
		assertFitsThePhone(browser.getCurrentUrl());
		Files.delete(csv);
	}

	@Test
	void theAccountsPageOpensAnAccountAndSaysWhatIsWrongInline() {
		signInAsStaff(access().account(Role.PROVINCE_ADMIN, Scope.of(HANOI)).username(), AccessFixtures.PASSWORD);
		// the list is ordered by username and paged: "0" sorts before every other test's accounts, so it is on page one
		String username = "0nurse." + CitizenFixtures.uniqueWord().toLowerCase();
		browser.get(url("/console/accounts?lang=vi"));
		assertThat(browser.findElements(By.cssSelector("input[name=roles][value=SYSTEM_ADMIN]"))).isEmpty();
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("displayName")).sendKeys("Trần Thị Mai");
		browser.findElement(By.id("password")).sendKeys("short");
		browser.findElement(By.cssSelector("input[name=roles][value=HEALTH_WORKER]")).click();
		browser.findElement(By.cssSelector("#account-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-error")));
		assertThat(browser.findElement(By.id("account-error")).getAttribute("role")).isEqualTo("alert");
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
		assertThat(browser.findElement(By.id("password")).getAttribute("aria-invalid")).isEqualTo("true");

		browser.findElement(By.id("password")).sendKeys("correct-horse-battery");
		browser.findElement(By.id("scope-q")).sendKeys("phuc xa");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scope-choices input[value='00001']")));
		browser.findElement(By.cssSelector("#scope-choices input[value='00001']")).click();
		browser.findElement(By.cssSelector("#account-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã tạo tài khoản " + username));

		StaffAccount opened = staffAccounts.findByUsername(username).orElseThrow();
		assertThat(opened.roles()).containsExactly(Role.HEALTH_WORKER);
		assertThat(opened.scope()).isEqualTo(Scope.of(PHUC_XA));
		List<String> rows = browser.findElements(By.cssSelector("#account-rows tr")).stream().map(WebElement::getText).toList();
		assertThat(rows).anySatisfy(row -> assertThat(row).contains(username, "Nhân viên y tế", "Phường Phúc Xá"));
		assertFitsThePhone(browser.getCurrentUrl());
	}

	private void signInAsStaff(String username, String password) {
		browser.get(url("/console/login?lang=vi"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		if (password.equals(AccessFixtures.PASSWORD)) {
			wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
