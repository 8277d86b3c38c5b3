package vn.pccovid.testing.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;

/**
 * A sheet of tube labels: A4, 3 × 10 labels of 70 × 29.7 mm (the common self-adhesive sheet), each with the
 * barcode as Code 128 (ZXing) and in text, the test and the day. Only the code is printed: a tube on a lab bench
 * shows no name.
 */
final class LabelSheet {

	private static final int COLUMNS = 3;
	private static final int ROWS = 10;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(SamplingSiteManagement.VIETNAM);

	private LabelSheet() {
	}

	/**
	 * One label.
	 *
	 * @param barcode  the code
	 * @param testType RT_PCR or RAPID_ANTIGEN
	 * @param pool     whether it is a pool's tube
	 * @param takenAt  when taken
	 */
	record Label(String barcode, String testType, boolean pool, java.time.Instant takenAt) {
	}

	static byte[] render(List<Label> labels) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			float labelWidth = PDRectangle.A4.getWidth() / COLUMNS;
			float labelHeight = PDRectangle.A4.getHeight() / ROWS;
			PDPageContentStream content = null;
			try {
				for (int i = 0; i < Math.max(1, labels.size()); i++) {
					if (i % (COLUMNS * ROWS) == 0) {
						if (content != null) {
							content.close();
						}
						PDPage page = new PDPage(PDRectangle.A4);
						document.addPage(page);
						content = new PDPageContentStream(document, page);
					}
					if (labels.isEmpty()) {
						break;
					}
					Label label = labels.get(i);
					int slot = i % (COLUMNS * ROWS);
					float x = (slot % COLUMNS) * labelWidth;
					float y = PDRectangle.A4.getHeight() - (slot / COLUMNS + 1) * labelHeight;
					PDImageXObject image = LosslessFactory.createFromImage(document, code128(label.barcode()));
					content.drawImage(image, x + 12, y + 24, labelWidth - 24, labelHeight - 44);
					text(content, font, 9, label.barcode(), x + 12, y + 13);
					text(content, font, 7, (label.pool() ? "POOL  " : "") + label.testType().replace('_', '-') + "  "
							+ DAY.format(label.takenAt()), x + 12, y + 5);
				}
			}
			finally {
				if (content != null) {
					content.close();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render the label sheet", e);
		}
	}

	/** The code as a Code 128 image, 2 pixels a module, with a quiet zone. */
	static BufferedImage code128(String barcode) {
		BitMatrix matrix = new Code128Writer().encode(barcode, BarcodeFormat.CODE_128, 0, 60,
				java.util.Map.of(EncodeHintType.MARGIN, 10));
		BufferedImage image = new BufferedImage(matrix.getWidth() * 2, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int x = 0; x < matrix.getWidth(); x++) {
			for (int y = 0; y < matrix.getHeight(); y++) {
				int rgb = matrix.get(x, y) ? 0x000000 : 0xFFFFFF;
				image.setRGB(2 * x, y, rgb);
				image.setRGB(2 * x + 1, y, rgb);
			}
		}
		return image;
	}

	private static void text(PDPageContentStream content, PDType1Font font, float size, String text, float x, float y)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}
}
