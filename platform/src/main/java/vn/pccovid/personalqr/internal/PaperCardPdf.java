package vn.pccovid.personalqr.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

import vn.pccovid.core.PdfPages;
import vn.pccovid.core.QrImages;
import vn.pccovid.registry.PersonSummary;

/**
 * The paper card: an A6 PDF (105 × 148 mm) with the QR, the holder's name and year of birth and the code's expiry,
 * in Vietnamese with the embedded DejaVu Sans font ({@link PdfPages}), so it prints the same everywhere.
 */
@Component
class PaperCardPdf {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	byte[] render(PersonSummary person, String payload, Instant expiresAt) {
		return PdfPages.render(PDRectangle.A6, "paper card", page -> {
			float width = page.width();
			float height = page.height();
			float qrSize = width - 40;
			page.centered(13, "PC-Covid — Mã QR cá nhân", height - 30);
			page.image(QrImages.image(payload, 600), 20, height - 50 - qrSize, qrSize, qrSize);
			float y = height - 70 - qrSize;
			page.centered(12, person.fullName(), y);
			page.centered(10, "Năm sinh: " + person.yearOfBirth(), y - 16);
			page.centered(8, "Có giá trị đến " + DATE.format(expiresAt.atZone(VIETNAM)) + " · Thẻ in lại thay thế thẻ cũ", y - 32);
		});
	}
}
