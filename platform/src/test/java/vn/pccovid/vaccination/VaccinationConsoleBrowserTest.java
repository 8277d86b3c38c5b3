package vn.pccovid.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.core.AreaCode;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Browser;
import vn.pccovid.support.BrowserTest;

/**
 * The vaccination console on a phone (390 × 844): managing a site (open it, add slots, receive stock), the plans and
 * the uploads page, none wider than the screen; and the site desk reading a person's QR with the camera (Chromium's
 * fake camera playing a video of the QR).
 */
class VaccinationConsoleBrowserTest extends BrowserTest {

	/** Where the desk's camera reader is, for a failure's message. */
	private static final String CAMERA_STATE = """
			const reader = document.getElementById('qr-reader');
			const video = reader && reader.querySelector('video');
			const box = document.getElementById('qr-shaded-region') || reader && reader.querySelector('[id$=shaded-region]');
			return location.href + ' status=' + (document.getElementById('qr-reader-status') || {}).textContent
					+ ' hidden=' + (reader && reader.hidden) + ' readerWidth=' + (reader && reader.clientWidth)
					+ ' video=' + (video ? video.videoWidth + 'x' + video.videoHeight + ' shown ' + video.clientWidth + 'x'
					+ video.clientHeight + ' state=' + video.readyState : 'none')
					+ ' box=' + (box ? box.style.cssText : 'none') + ' field=' + (document.getElementById('personQr') || {}).value
					+ ' main=' + document.querySelector('main').innerText.slice(0, 300);""";

	@Autowired
	Clock platformClock;

	@TempDir
	Path files;

	@Test
	void staffManageASiteItsSlotsAndStockPlansAndUploadsOnAPhone() throws IOException {
		String staff = access().account(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01"))).username();
		LocalDate tomorrow = LocalDate.now(platformClock).plusDays(1);
		signInOnAPhone(staff);

		// A site: opened, slots for tomorrow, a lot received.
		browser.get(url("/console/vaccination/manage?lang=vi"));
		assertFitsThePhone("manage");
		String siteName = "Trạm Y tế " + PeopleFixtures.uniqueWord();
		browser.findElement(By.id("site-name")).sendKeys(siteName);
		browser.findElement(By.id("site-ward")).sendKeys("00001");
		browser.findElement(By.cssSelector("form[action$='/console/vaccination/manage'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("slot-day")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(siteName);
		assertFitsThePhone("a new site");
		browser.executeScript("document.getElementById('from').value = arguments[0];"
				+ "document.getElementById('start').value = '08:00'; document.getElementById('end').value = '09:00';"
				+ "document.getElementById('capacity').value = '25';", tomorrow.toString());
		browser.findElement(By.cssSelector("form[action$='/slots'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.results tbody tr")));
		assertThat(browser.findElements(By.cssSelector("table.results tbody tr"))).extracting(row -> row.getText())
				.hasSize(2).allSatisfy(text -> assertThat(text).contains("0 / 25"));
		assertThat(browser.findElement(By.cssSelector("table.results tbody")).getText()).contains("08:00", "08:30");
		assertFitsThePhone("slots");
		browser.findElement(By.id("product")).sendKeys("PFIZER");
		browser.findElement(By.id("lot")).sendKeys("FK-390");
		browser.findElement(By.id("doses")).sendKeys("120");
		browser.executeScript("document.getElementById('expiresOn').value = arguments[0];", tomorrow.plusMonths(6).toString());
		browser.findElement(By.cssSelector("form[action$='/stock'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "FK-390"));
		assertThat(browser.findElement(By.cssSelector("table.results")).getText()).contains("PFIZER · FK-390", "120");
		assertThat(browser.findElement(By.cssSelector("table.results td.vials")).getText()).isEqualTo("0 lọ / 0 liều");
		assertFitsThePhone("stock");

		// Its desk, on a device without a camera: the text field is the way in, and the page says why.
		String siteId = browser.getCurrentUrl().replaceAll(".*/manage/([0-9a-f-]+).*", "$1");
		browser.get(url("/console/vaccination/sites/" + siteId + "?lang=vi"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qr-reader-status"), "Không mở được camera"));
		assertThat(browser.findElement(By.id("qr-reader")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("personQr")).isDisplayed()).isTrue();
		assertFitsThePhone("desk");

		// A plan for Ba Đình, its targets from the registry.
		browser.get(url("/console/vaccination/plans?lang=vi"));
		String planName = "Chiến dịch " + PeopleFixtures.uniqueWord();
		browser.findElement(By.id("plan-name")).sendKeys(planName);
		browser.findElement(By.id("plan-area")).sendKeys("001");
		browser.executeScript("document.getElementById('plan-start').value = arguments[0];"
				+ "document.getElementById('plan-end').value = arguments[1];", tomorrow.toString(), tomorrow.plusWeeks(4).toString());
		browser.findElement(By.id("plan-doses")).sendKeys("5000");
		browser.findElement(By.cssSelector("form[action$='/console/vaccination/plans'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.results"), planName));
		assertFitsThePhone("plans");
		browser.get(url("/vaccination/plans?lang=vi"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(planName);
		assertFitsThePhone("public plans");

		// The supply plan for Ba Đình: each site's doses and why, summing to the incoming doses.
		browser.get(url("/console/vaccination/supply?lang=vi"));
		browser.findElement(By.id("supply-area")).sendKeys("001");
		browser.findElement(By.id("supply-incoming")).sendKeys("700");
		browser.findElement(By.cssSelector("form[action$='/console/vaccination/supply'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supply-table")));
		assertThat(browser.findElements(By.cssSelector("#supply-table td.doses")).stream()
				.mapToLong(cell -> Long.parseLong(cell.getText())).sum()).isEqualTo(700);
		assertThat(browser.findElement(By.id("supply-table")).getText()).contains(siteName, "700 liều");
		assertThat(browser.findElement(By.id("supply-csv")).getAttribute("href")).contains("/console/vaccination/supply.csv");
		assertFitsThePhone("supply plan");

		// An upload: answered at once, the progress bar fills, the report lists the bad row.
		browser.get(url("/console/vaccination/uploads?lang=vi"));
		assertFitsThePhone("uploads");
		Path csv = files.resolve("danh-sach.csv");
		Files.writeString(csv, "cccd,full_name,date_of_birth,priority_group\n001190000001,Không Có Ai,not-a-date,\n",
				StandardCharsets.UTF_8);
		browser.findElement(By.id("upload-file")).sendKeys(csv.toString());
		browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload-progress progress[value='100']")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload-progress table.results")));
		assertThat(browser.findElement(By.cssSelector("#upload-progress table.results")).getText()).contains("INVALID",
				"date_of_birth");
		assertFitsThePhone("upload report");
	}

	@Test
	void theDeskReadsThePersonsQrWithTheCamera() throws IOException, WriterException {
		String admin = adminBearer();
		PeopleFixtures people = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), admin);
		String staffName = access().account(Role.VACCINATION_STAFF, Scope.of(AreaCode.province("01"))).username();
		VaccinationFixtures vaccination = new VaccinationFixtures(http(), access().bearer(staffName));
		String site = vaccination.site(PeopleFixtures.PHUC_XA);
		Registered person = people.adultWithPhone();
		String qr = http().get("/api/v1/me/people/" + person.id() + "/qr", "Authorization", people.citizenBearer(person.phone()))
				.json().get("payload").asString();
		Path video = files.resolve("qr.y4m");
		writeStillVideo(qr, video);
		browser.quit();
		browser = Browser.start("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
				"--use-file-for-fake-video-capture=" + video);
		wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));

		signInOnAPhone(staffName);
		browser.get(url("/console/vaccination/sites/" + site + "?lang=vi"));
		// Nobody types: the camera reads the QR, the page fills the field and checks the person in.
		try {
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening")));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new AssertionError("the camera did not check the person in: " + browser.executeScript(CAMERA_STATE), e);
		}
		assertFitsThePhone("visit");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(person.fullName());
	}

	private void signInOnAPhone(String username) {
		browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
		signInAsStaff(username);
	}

	/**
	 * A one-frame YUV4MPEG2 video (Chromium loops it as the fake camera) of the QR, black on white, 640 × 480: the
	 * luma plane holds the picture, the chroma planes are neutral grey. The code (300 px) sits well inside the
	 * reading square (80 % of the frame's height), as a code held up to a phone would.
	 */
	private static void writeStillVideo(String text, Path file) throws IOException, WriterException {
		int width = 640;
		int height = 480;
		BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300, Map.of(EncodeHintType.MARGIN, 4));
		byte[] luma = new byte[width * height];
		java.util.Arrays.fill(luma, (byte) 235);
		int left = (width - matrix.getWidth()) / 2;
		int top = (height - matrix.getHeight()) / 2;
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					luma[(top + y) * width + left + x] = (byte) 16;
				}
			}
		}
		byte[] chroma = new byte[width * height / 2];
		java.util.Arrays.fill(chroma, (byte) 128);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\nFRAME\n").getBytes(StandardCharsets.US_ASCII));
			out.write(luma);
			out.write(chroma);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
