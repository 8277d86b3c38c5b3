package vn.pccovid.personalqr.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

import vn.pccovid.registry.PersonSummary;

/**
 * The paper card: an A6 PDF (105 × 148 mm) with the QR, the holder's name and year of birth and the code's expiry,
 * in Vietnamese with the embedded DejaVu Sans font (subset), so it prints the same everywhere.
 */
@Component
class PaperCardPdf {

	static final String FONT = "/personalqr/DejaVuSans.ttf";
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	byte[] render(PersonSummary person, String payload, Instant expiresAt) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A6);
			document.addPage(page);
			PDType0Font font;
			try (InputStream in = PaperCardPdf.class.getResourceAsStream(FONT)) {
				font = PDType0Font.load(document, in);
			}
			float width = page.getMediaBox().getWidth();
			float height = page.getMediaBox().getHeight();
			PDImageXObject qr = LosslessFactory.createFromImage(document, QrImages.image(payload, 600));
			float qrSize = width - 40;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				centered(content, font, 13, "PC-Covid — Mã QR cá nhân", width, height - 30);
				content.drawImage(qr, 20, height - 50 - qrSize, qrSize, qrSize);
				float y = height - 70 - qrSize;
				centered(content, font, 12, person.fullName(), width, y);
				centered(content, font, 10, "Năm sinh: " + person.yearOfBirth(), width, y - 16);
				centered(content, font, 8, "Có giá trị đến " + DATE.format(expiresAt.atZone(VIETNAM))
						+ " · Thẻ in lại thay thế thẻ cũ", width, y - 32);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render the paper card", e);
		}
	}

	private static void centered(PDPageContentStream content, PDType0Font font, float size, String text, float width,
			float y) throws IOException {
		float textWidth = font.getStringWidth(text) / 1000 * size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(Math.max(8, (width - textWidth) / 2), y);
		content.showText(text);
		content.endText();
	}
}
