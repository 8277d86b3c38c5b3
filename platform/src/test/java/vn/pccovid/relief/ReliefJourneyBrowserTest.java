package vn.pccovid.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pccovid.relief.ReliefFixtures.BA_DINH;
import static vn.pccovid.relief.ReliefFixtures.HANOI;
import static vn.pccovid.relief.ReliefFixtures.PHUC_XA;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.relief.ReliefFixtures.Person;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;
import vn.pccovid.support.CitizenSignIns;

/**
 * The whole relief journey in Chromium at phone size: a province admin defines a programme for freelance workers; a
 * ward officer proposes three people (one is refused with the rule named); the district approves; a cashier pays,
 * and a second payment to the same person is refused; the public list shows masked names; the person sees the
 * payment in the app.
 */
class ReliefJourneyBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void phoneSized() {
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	@Test
	void fromProgrammeToPaymentSeenInTheApp() {
		ReliefFixtures relief = new ReliefFixtures(http(), access());
		Person first = relief.adult(PHUC_XA);
		Person second = relief.adult(PHUC_XA);
		Person notFreelance = relief.adult(PHUC_XA);

		staff(Role.PROVINCE_ADMIN, Scope.of(HANOI));
		browser.get(url("/console/relief?lang=vi"));
		String name = "Hỗ trợ lao động tự do " + ReliefFixtures.word();
		browser.findElement(By.id("name")).sendKeys(name);
		browser.findElement(By.id("basis")).sendKeys("Nghị quyết 68/NQ-CP");
		browser.findElement(By.id("amount")).sendKeys("1500000");
		browser.findElement(By.id("periods")).sendKeys("2021-09, 2021-10");
		browser.findElement(By.cssSelector("#programme-form input[name=flags][value=FREELANCE]")).click();
		browser.findElement(By.cssSelector("#programme-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("relief-outcome"), "Đã tạo chương trình"));
		String programmePath = browser.getCurrentUrl().replaceAll("^http://[^/]+", "").replaceAll("\\?.*$", "");
		assertThat(programmePath).startsWith("/console/relief/programmes/");
		String programme = programmePath.substring(programmePath.lastIndexOf('/') + 1);
		assertFitsThePhone(browser.getCurrentUrl());

		staff(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(PHUC_XA));
		browser.get(url(programmePath));
		propose(first.cccd(), true);
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#line-rows tbody tr"), 1));
		assertThat(browser.findElement(By.id("relief-outcome")).getText()).contains("Đã đề xuất");
		propose(second.cccd(), true);
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#line-rows tbody tr"), 2));
		propose(notFreelance.cccd(), false);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("relief-error")));
		assertThat(browser.findElement(By.id("relief-error")).getText()).contains("nhóm nghề", "FREELANCE");
		assertThat(browser.findElements(By.cssSelector("#line-rows tbody tr"))).hasSize(2);
		assertThat(browser.findElements(By.cssSelector("button.approve"))).as("the ward does not approve").isEmpty();

		staff(Role.LOCAL_GOVERNMENT_OFFICER, Scope.of(BA_DINH));
		browser.get(url(programmePath));
		for (int left = 1; left >= 0; left--) {
			browser.findElement(By.cssSelector("button.approve")).click();
			wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("button.approve"), left));
		}
		assertThat(browser.findElement(By.id("relief-outcome")).getText()).contains("Đã phê duyệt");
		assertFitsThePhone(browser.getCurrentUrl());

		staff(Role.RELIEF_CASHIER, Scope.of(PHUC_XA));
		browser.get(url(programmePath));
		pay(first.cccd());
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("relief-outcome"), "Đã ghi nhận chi trả kỳ 2021-09"));
		pay(first.cccd());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("relief-error")));
		assertThat(browser.findElement(By.id("relief-error")).getText()).contains("Đã chi trả kỳ 2021-09", "không chi lần thứ hai");
		assertThat(jdbc.sql("SELECT count(*) FROM relief.payment WHERE citizen_id = ?::uuid").param(first.id()).query(Long.class)
				.single()).isEqualTo(1);

		browser.manage().deleteAllCookies();
		browser.get(url("/relief/programmes/" + programme + "?ward=00001&lang=vi"));
		List<String> rows = browser.findElements(By.cssSelector("#public-rows tbody tr")).stream().map(WebElement::getText).toList();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("1").contains("Nguyễn V. ", "1980", "1.500.000 đ");
		String page = browser.getPageSource();
		for (Person person : List.of(first, second, notFreelance)) {
			assertThat(page).doesNotContain(person.cccd(), person.fullName(), person.phone(), person.fullName().split(" ")[2]);
		}
		assertFitsThePhone(browser.getCurrentUrl());

		String code = Browser.requestCode(browser, wait, url("/login?lang=vi"), CitizenSignIns.Codes.inDatabase(jdbc), first.phone());
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.relief-support")));
		WebElement card = browser.findElement(By.cssSelector("article.relief-support"));
		assertThat(card.getText()).contains("Hỗ trợ do dịch COVID-19", "1.500.000");
		card.findElement(By.tagName("a")).click();
		wait.until(ExpectedConditions.urlContains("/me/relief"));
		assertThat(browser.findElement(By.id("payment-rows")).getText()).contains("1.500.000 đ cho kỳ 2021-09", name);
		assertFitsThePhone(browser.getCurrentUrl());
	}

	private void propose(String cccd, boolean freelance) {
		browser.findElement(By.id("propose-cccd")).sendKeys(cccd);
		if (freelance) {
			browser.findElement(By.cssSelector("#propose-form input[name=flags][value=FREELANCE]")).click();
		}
		browser.findElement(By.cssSelector("#propose-form button[type=submit]")).click();
	}

	private void pay(String cccd) {
		browser.findElement(By.id("pay-cccd")).sendKeys(cccd);
		browser.findElement(By.cssSelector("#pay-form button[type=submit]")).click();
	}

	private void staff(Role role, Scope scope) {
		browser.manage().deleteAllCookies();
		String username = access().account(role, scope).username();
		signInAsStaff(username);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
