package vn.pccovid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.notification.NotificationRequest;
import vn.pccovid.notification.Notifications;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Browser;
import vn.pccovid.support.Outboxes;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.Relay;

/**
 * The citizen app on a phone-sized Chromium (390 × 844): sign in and land on one's own QR, add a child by CCCD, switch
 * to the child's QR, read a message in the inbox, then cut the network and still see the last QR (service worker).
 */
class CitizenAppBrowserTest extends PlatformTest {

	@Autowired
	private Notifications notifications;

	@Autowired
	private TransactionTemplate transactions;

	private ChromeDriver browser;
	private WebDriverWait wait;
	private PeopleFixtures people;
	private Relay network;

	@BeforeEach
	void open() {
		people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		network = Relay.to(port);
		browser = Browser.start();
		browser.manage().window().setSize(new Dimension(390, 844));
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void close() {
		browser.quit();
		network.close();
	}

	@Test
	void parentShowsTheirChildsQrEvenOffline() throws Exception {
		Registered parent = people.adultWithPhone();
		Registered child = people.register(LocalDate.now(clock).minusYears(8), null, PeopleFixtures.PHUC_XA, null);

		signIn(parent.phone());
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		assertThat(heroName()).isEqualTo(parent.fullName());
		assertQrShown();
		assertThat(browser.findElement(By.cssSelector("#personal-qr .qr-expiry")).getText()).startsWith("Có hiệu lực đến");
		screenshot("citizen-home");

		browser.findElement(By.cssSelector("nav.menu a[href='/me/people']")).click();
		wait.until(ExpectedConditions.urlContains("/me/people"));
		browser.findElement(By.id("cccd")).sendKeys(child.cccd());
		browser.findElement(By.id("fullName")).sendKeys("Nguyễn Văn Không Đúng");
		setDate(child.dateOfBirth());
		browser.findElement(By.cssSelector("#add-person button[type=submit]")).click();
		WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#add-error[role=alert]")));
		assertThat(error.getText()).contains("Không tìm thấy");
		assertThat(browser.findElement(By.id("cccd")).getAttribute("value")).isEqualTo(child.cccd());
		screenshot("citizen-people-error");

		WebElement name = browser.findElement(By.id("fullName"));
		name.clear();
		name.sendKeys(child.fullName());
		setDate(child.dateOfBirth());
		browser.findElement(By.cssSelector("#add-person button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-outcome"), child.fullName()));
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Trẻ em", "Đang hoạt động");
		screenshot("citizen-people");

		browser.get(url("/"));
		browser.findElement(By.xpath("//nav[contains(@class,'person-switch')]//a[contains(., '" + child.fullName() + "')]"))
				.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#personal-qr .qr-name"),
				child.fullName()));
		assertQrShown();
		screenshot("citizen-home-child");

		String kind = "notification.test";
		transactions.executeWithoutResult(status -> notifications.send(new NotificationRequest(UUID.fromString(child.id()),
				null, kind, Map.of("name", child.fullName()), "browser-test:" + UUID.randomUUID())));
		browser.get(url("/me/inbox"));
		WebElement message = browser.findElement(By.cssSelector(".inbox-item.unread[data-kind='" + kind + "']"));
		assertThat(message.getText()).contains(child.fullName());
		message.findElement(By.cssSelector("form button")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".inbox-item[data-kind='" + kind + "'] form")));
		assertThat(message.getText()).contains("Đã đọc");
		browser.navigate().refresh();
		assertThat(browser.findElements(By.cssSelector(".inbox-item.unread[data-kind='" + kind + "']"))).isEmpty();

		// Online once more on the child's QR, under the service worker's control, so that it keeps page and image.
		browser.get(url("/"));
		wait.until(driver -> Boolean.TRUE.equals(browser.executeScript("return navigator.serviceWorker.controller !== null")));
		browser.navigate().refresh();
		assertQrShown();
		wait.until(driver -> Boolean.TRUE.equals(browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.open('pccovid-pages-v1').then(c => c.keys()).then(keys => done(keys.some(k => k.url.endsWith('/qr.png'))));
				""")));

		String unreadBefore = unreadBadge();

		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		browser.setNetworkConditions(offline);
		network.cut(); // the page's emulated offline does not reach the service worker's own fetches
		// A message arrives meanwhile: a page from the server would count it, the kept page cannot.
		transactions.executeWithoutResult(status -> notifications.send(new NotificationRequest(UUID.fromString(child.id()),
				null, kind, Map.of("name", child.fullName()), "browser-test:" + UUID.randomUUID())));
		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#personal-qr .qr-name"),
				child.fullName()));
		assertQrShown();
		assertThat(unreadBadge()).isEqualTo(unreadBefore);
		screenshot("citizen-home-offline");

		// Back online, signing out leaves nothing of this phone's people in the caches.
		network.restore();
		ChromiumNetworkConditions online = new ChromiumNetworkConditions();
		browser.setNetworkConditions(online);
		browser.findElement(By.cssSelector("nav.menu form[action='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.keys().then(keys => done(keys.filter(k => k.startsWith('pccovid-pages')).length));
				""")).isEqualTo(0L);
	}

	private void signIn(String phone) {
		String admin = adminBearer();
		long before = Outboxes.lastId(http(), admin, phone);
		browser.get(url("/login?lang=vi"));
		browser.findElement(By.id("phone")).sendKeys(phone);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
		browser.findElement(By.id("code")).sendKeys(Outboxes.latestCode(http(), admin, phone, before));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
	}

	private String unreadBadge() {
		return browser.findElements(By.cssSelector("nav.menu a[href='/me/inbox'] .badge")).stream().map(WebElement::getText)
				.findFirst().orElse("0");
	}

	private String heroName() {
		return browser.findElement(By.cssSelector("#personal-qr .qr-name")).getText();
	}

	private void assertQrShown() {
		WebElement image = browser.findElement(By.cssSelector("#personal-qr img.qr-image"));
		wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
				"return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
		assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue()).isEqualTo(400);
	}

	private void setDate(LocalDate date) {
		browser.executeScript("document.getElementById('dateOfBirth').value = arguments[0]", date.toString());
	}

	private void screenshot(String name) throws Exception {
		Files.write(Path.of("target", name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private String url(String path) {
		return "http://localhost:" + network.port() + path;
	}
}
