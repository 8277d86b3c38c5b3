package vn.pccovid.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium driven headless through Debian's chromedriver (both installed by .ci/run). */
public final class Browser {

	private Browser() {
	}

	/**
	 * Opens the citizen sign-in page at {@code loginUrl}, asks for a code for the phone and waits for the code field;
	 * answers the code sent.
	 */
	public static String requestCode(ChromeDriver browser, WebDriverWait wait, String loginUrl, CitizenSignIns.Codes codes,
			String phone) {
		long lastMessage = codes.lastId(phone);
		browser.get(loginUrl);
		browser.findElement(By.id("phone")).sendKeys(phone);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
		return codes.latestCode(phone, lastMessage);
	}

	public static ChromeDriver start() {
		return start(new String[0]);
	}

	/**
	 * A Chromium with further switches, such as a fake camera that plays a video file
	 * ({@code --use-fake-device-for-media-stream --use-file-for-fake-video-capture=…}).
	 */
	public static ChromeDriver start(String... moreArguments) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=412,915", "--lang=vi");
		options.addArguments(moreArguments);
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(Path.of(firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")).toFile())
				.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	private static String firstExisting(String... paths) {
		for (String path : paths) {
			if (Files.isExecutable(Path.of(path))) {
				return path;
			}
		}
		throw new IllegalStateException("Not installed: " + String.join(" or ", paths)
				+ " — run `apt-get install -y chromium chromium-driver` (.ci/run does)");
	}
}
