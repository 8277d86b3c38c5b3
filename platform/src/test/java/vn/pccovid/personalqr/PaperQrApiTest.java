package vn.pccovid.personalqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditEntry;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.people.PeopleFixtures;
import vn.pccovid.people.PeopleFixtures.Registered;
import vn.pccovid.support.Http;
import vn.pccovid.support.PlatformTest;
import vn.pccovid.support.WebSessions;

/** Ward staff print paper QR cards for people without a phone; a reprint revokes the previous card. */
class PaperQrApiTest extends PlatformTest {

	@Autowired
	AuditLog auditLog;

	PeopleFixtures fixtures;
	Registered grandfather;

	@BeforeEach
	void person() {
		fixtures = new PeopleFixtures(http(), access().bearer(Role.REGISTRY_OFFICER, Scope.NATIONAL), adminBearer());
		grandfather = fixtures.register(LocalDate.of(1938, 8, 19), null, PeopleFixtures.PHUC_XA, null);
	}

	@Test
	void aReprintedCardRevokesThePreviousOne() throws Exception {
		String police = access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.PHUC_XA));
		HttpResponse<byte[]> first = print(police, "{\"cccd\":\"" + grandfather.cccd() + "\"}");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String firstCode;
		try (PDDocument pdf = Loader.loadPDF(first.body())) {
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(297f, 298.5f);
			assertThat(pdf.getPage(0).getMediaBox().getHeight()).isBetween(419f, 420f);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(grandfather.fullName()).contains("Năm sinh: 1938").contains("Mã QR cá nhân");
			firstCode = qrOf(pdf);
		}
		String scanner = access().bearer(Role.HEALTH_WORKER, Scope.NATIONAL);
		var valid = scan(firstCode, scanner);
		assertThat(valid.get("valid").asBoolean()).isTrue();
		assertThat(valid.get("kind").asString()).isEqualTo("PAPER");
		assertThat(valid.get("person").get("id").asString()).isEqualTo(grandfather.id());

		HttpResponse<byte[]> second = print(police, "{\"personId\":\"" + grandfather.id() + "\"}");
		assertThat(second.statusCode()).isEqualTo(200);
		String secondCode;
		try (PDDocument pdf = Loader.loadPDF(second.body())) {
			secondCode = qrOf(pdf);
		}
		assertThat(secondCode).isNotEqualTo(firstCode);
		assertThat(scan(firstCode, scanner).get("reason").asString()).isEqualTo("REVOKED");
		assertThat(scan(secondCode, scanner).get("valid").asBoolean()).isTrue();

		List<AuditEntry> entries = auditLog.about(List.of(UUID.fromString(grandfather.id())), null, 50);
		assertThat(entries).filteredOn(e -> e.action() == AuditAction.EXPORT && "quarantine-enforcement".equals(e.purpose())).hasSize(2);
	}

	@Test
	void onlyStaffOfThePersonsAreaWithThePermissionPrint() throws Exception {
		String body = "{\"personId\":\"" + grandfather.id() + "\"}";
		assertThat(print(access().bearer(Role.WARD_POLICE, Scope.of(PeopleFixtures.TAN_DINH)), body).statusCode()).isEqualTo(403);
		assertThat(print(access().bearer(Role.VENUE_OWNER, Scope.of(PeopleFixtures.PHUC_XA)), body).statusCode()).isEqualTo(403);
		assertThat(print(access().bearer(Role.CHECKPOINT_OFFICER, Scope.NATIONAL), body).statusCode()).isEqualTo(403);
		for (Role role : List.of(Role.REGISTRY_OFFICER, Role.LOCAL_GOVERNMENT_OFFICER, Role.HEALTH_WORKER)) {
			assertThat(print(access().bearer(role, Scope.of(PeopleFixtures.PHUC_XA)), body).statusCode()).as(role.name()).isEqualTo(200);
		}
		String police = access().bearer(Role.WARD_POLICE, Scope.NATIONAL);
		assertThat(print(police, "{\"personId\":\"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(404);
		assertThat(print(police, "{\"cccd\":\"001099000000\"}").statusCode()).isEqualTo(404);
		assertProblem(http().post("/api/v1/personal-qr/paper", "{}", "Authorization", police), 400, "personId");
	}

	@Test
	void theConsolePageFindsByCccdAndPrints() {
		String session = WebSessions.staff(http(), access().account(Role.REGISTRY_OFFICER, Scope.of(PeopleFixtures.PHUC_XA)).username());
		Http.Response page = http().get("/console/paper-qr?cccd=" + grandfather.cccd(), "Cookie", session);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(grandfather.fullName()).contains("1938").contains("/console/paper-qr/print");
		assertThat(http().get("/console/paper-qr?cccd=001099000000", "Cookie", session).body()).contains("Không tìm thấy");
		assertThat(auditLog.about(List.of(UUID.fromString(grandfather.id())), null, 10)).extracting(AuditEntry::action)
				.contains(AuditAction.READ);
		String venue = WebSessions.staff(http(), access().account(Role.VENUE_OWNER, Scope.of(PeopleFixtures.PHUC_XA)).username());
		assertThat(http().get("/console/paper-qr", "Cookie", venue).status()).isIn(302, 403);
	}

	private HttpResponse<byte[]> print(String bearer, String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/personal-qr/paper"))
				.header("Authorization", bearer).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private tools.jackson.databind.JsonNode scan(String code, String bearer) {
		Http.Response response = http().post("/api/v1/personal-qr/verify", PeopleFixtures.json(Map.of("payload", code)),
				"Authorization", bearer);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static String qrOf(PDDocument pdf) throws Exception {
		// The QR image as embedded in the card (a page rendering resamples it, and the reader then failed now and then).
		var resources = pdf.getPage(0).getResources();
		for (var name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject embedded) {
				BufferedImage image = embedded.getImage();
				// On the card the QR sits on white paper; the embedded image alone may have no quiet zone around it,
				// without which the finder patterns are now and then not found. Read it as a scanner sees it.
				int pad = Math.max(16, image.getWidth() / 8);
				BufferedImage onPaper = new BufferedImage(image.getWidth() + 2 * pad, image.getHeight() + 2 * pad, BufferedImage.TYPE_INT_RGB);
				java.awt.Graphics2D g = onPaper.createGraphics();
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, onPaper.getWidth(), onPaper.getHeight());
				g.drawImage(image, pad, pad, null);
				g.dispose();
				try {
					return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(onPaper))),
							java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
				}
				catch (com.google.zxing.NotFoundException e) {
					// the image is the code alone, module for module: read it as such
					return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
							java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
				}
			}
		}
		throw new AssertionError("the card holds no image");
	}
}
