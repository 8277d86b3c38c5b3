package vn.pccovid.core;

import java.awt.image.BufferedImage;
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

/**
 * One-page PDFs (paper cards, certificates) set up alike with PDFBox: the page size the caller picks and the embedded
 * DejaVu Sans font (subset, so Vietnamese prints the same everywhere). The caller draws with {@link #centered} and
 * {@link #image}; coordinates are PDF points from the bottom left.
 */
public final class PdfPages {

	/** The embedded font on the classpath (its licence stands beside it). */
	public static final String FONT = "/personalqr/DejaVuSans.ttf";

	/** What the caller draws on the page. */
	@FunctionalInterface
	public interface Drawing {

		/** Draws on {@code page}. */
		void draw(PdfPages page) throws IOException;
	}

	private final PDDocument document;
	private final PDPageContentStream content;
	private final PDType0Font font;
	private final float width;
	private final float height;

	private PdfPages(PDDocument document, PDPageContentStream content, PDType0Font font, PDRectangle box) {
		this.document = document;
		this.content = content;
		this.font = font;
		this.width = box.getWidth();
		this.height = box.getHeight();
	}

	/** A PDF of one page of {@code size} drawn by {@code drawing}; {@code what} names it in the error if that fails. */
	public static byte[] render(PDRectangle size, String what, Drawing drawing) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(size);
			document.addPage(page);
			PDType0Font font;
			try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
				font = PDType0Font.load(document, in);
			}
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				drawing.draw(new PdfPages(document, content, font, page.getMediaBox()));
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render the " + what, e);
		}
	}

	/** The page's width in points. */
	public float width() {
		return width;
	}

	/** The page's height in points. */
	public float height() {
		return height;
	}

	/** One line of text centred across the page at height {@code y} (at least 8 points from the left edge). */
	public void centered(float size, String text, float y) throws IOException {
		float textWidth = font.getStringWidth(text) / 1000 * size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(Math.max(8, (width - textWidth) / 2), y);
		content.showText(text);
		content.endText();
	}

	/** An image (lossless, as QR codes need) with its lower left corner at ({@code x}, {@code y}). */
	public void image(BufferedImage image, float x, float y, float drawnWidth, float drawnHeight) throws IOException {
		content.drawImage(LosslessFactory.createFromImage(document, image), x, y, drawnWidth, drawnHeight);
	}
}
