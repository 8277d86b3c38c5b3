package vn.pccovid.certificate.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

import vn.pccovid.certificate.IssuedCertificate;

/**
 * A certificate as an A5 PDF: the HCERT QR, the holder's name and date of birth, kind and validity, in Vietnamese and
 * English, with the platform's embedded DejaVu Sans (the personal-QR card's font, shared on the classpath).
 */
@Component
class CertificatePdf {

	static final String FONT = "/personalqr/DejaVuSans.ttf";
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	byte[] render(IssuedCertificate certificate, String fullName, String dateOfBirth) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A5);
			document.addPage(page);
			PDType0Font font;
			try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
				font = PDType0Font.load(document, in);
			}
			float width = page.getMediaBox().getWidth();
			float height = page.getMediaBox().getHeight();
			PDImageXObject qr = LosslessFactory.createFromImage(document, QrPngs.image(certificate.hc1(), 800));
			float qrSize = width - 80;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				centered(content, font, 14, "Chứng nhận COVID-19 · EU Digital COVID Certificate", width, height - 36);
				centered(content, font, 11, title(certificate), width, height - 54);
				content.drawImage(qr, 40, height - 70 - qrSize, qrSize, qrSize);
				float y = height - 92 - qrSize;
				centered(content, font, 13, fullName, width, y);
				centered(content, font, 10, "Ngày sinh / Date of birth: " + dateOfBirth, width, y - 18);
				centered(content, font, 9, "Cấp / Issued " + DATE.format(certificate.issuedAt().atZone(VIETNAM))
						+ " · Hết hạn / Expires " + DATE.format(certificate.expiresAt().atZone(VIETNAM)), width, y - 34);
				centered(content, font, 8, "Bộ Y tế Việt Nam · Ministry of Health of Viet Nam", width, y - 50);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render the certificate", e);
		}
	}

	private static String title(IssuedCertificate certificate) {
		return switch (certificate.kind()) {
			case VACCINATION -> "Tiêm chủng / Vaccination";
			case TEST -> "Xét nghiệm âm tính / Negative test";
			case RECOVERY -> "Khỏi bệnh / Recovery";
		};
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
