package vn.pccovid.checkin.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * The venue poster: one A4 page (PDFBox) with the venue QR 17 × 17 cm (at least 15 cm, so it reads from two metres),
 * the venue's name and address, and how to check in, in Vietnamese then English, in the embedded DejaVu Sans font.
 */
@Component
class PosterPdf {

	static final String FONT = "/personalqr/DejaVuSans.ttf";
	/** Side of the QR on paper: 17 cm in PDF points (1 pt = 1/72 inch). */
	static final float QR_SIDE = 17f / 2.54f * 72f;

	byte[] render(Venue venue) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font font;
			try (InputStream in = PosterPdf.class.getResourceAsStream(FONT)) {
				font = PDType0Font.load(document, in);
			}
			float width = page.getMediaBox().getWidth();
			float height = page.getMediaBox().getHeight();
			PDImageXObject qr = LosslessFactory.createFromImage(document, PosterImages.qr(venue.qr(), 1200));
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				centered(content, font, 26, "QUÉT MÃ ĐỂ KHAI BÁO", width, height - 60);
				centered(content, font, 16, "Scan to check in · PC-Covid", width, height - 84);
				float top = height - 105;
				content.drawImage(qr, (width - QR_SIDE) / 2, top - QR_SIDE, QR_SIDE, QR_SIDE);
				float y = top - QR_SIDE - 30;
				centered(content, font, 20, venue.name(), width, y);
				centered(content, font, 11, venue.address(), width, y - 20);
				y -= 52;
				for (String line : new String[] { "Mở ứng dụng PC-Covid, chọn \"Quét mã QR\" và hướng camera vào mã này.",
						"Mỗi người khai báo cho mình và người đi cùng trên điện thoại của mình.",
						"Dữ liệu chỉ dùng cho phòng, chống dịch.",
						"Open the PC-Covid app, choose \"Scan QR\" and point the camera at this code.",
						"Check in yourself and the people with you on your phone.",
						"The data serves pandemic control only." }) {
					centered(content, font, 11, line, width, y);
					y -= 16;
				}
				if (venue.status() != VenueStatus.APPROVED) {
					centered(content, font, 12, "Địa điểm chưa được phê duyệt · Venue not yet approved", width, 40);
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render the venue poster", e);
		}
	}

	private static void centered(PDPageContentStream content, PDType0Font font, float size, String raw, float width,
			float y) throws IOException {
		String text = printable(font, raw);
		float textWidth = font.getStringWidth(text) / 1000 * size;
		float fitted = textWidth > width - 40 ? size * (width - 40) / textWidth : size;
		float shown = font.getStringWidth(text) / 1000 * fitted;
		content.beginText();
		content.setFont(font, fitted);
		content.newLineAtOffset(Math.max(20, (width - shown) / 2), y);
		content.showText(text);
		content.endText();
	}

	/** The text with every character the embedded font cannot draw (an emoji in a venue's name, say) as "?". */
	static String printable(PDType0Font font, String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			String one = new String(Character.toChars(cp));
			try {
				font.encode(one);
				out.append(one);
			}
			catch (IOException | IllegalArgumentException e) {
				out.append('?');
			}
		});
		return out.toString();
	}
}
