package vn.pccovid.checkin;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a venue poster PDF as a printer and a phone would: page size, the QR's size on paper, the QR's content. */
public final class Posters {

	/** What the poster holds. */
	public record Poster(float pageWidth, float pageHeight, float qrWidthCm, float qrHeightCm, String qr, String text) {
	}

	private Posters() {
	}

	public static Poster read(byte[] pdf) throws IOException, NotFoundException, com.google.zxing.ChecksumException,
			com.google.zxing.FormatException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = document.getPage(0);
			List<float[]> drawn = new ArrayList<>();
			PDFStreamEngine engine = new PDFStreamEngine() {
				{
					addOperator(new Concatenate(this));
					addOperator(new Save(this));
					addOperator(new Restore(this));
				}

				@Override
				protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
					if ("Do".equals(operator.getName())) {
						Matrix m = getGraphicsState().getCurrentTransformationMatrix();
						drawn.add(new float[] { m.getScalingFactorX(), m.getScalingFactorY() });
					}
					super.processOperator(operator, operands);
				}
			};
			engine.processPage(page);
			BufferedImage image = null;
			for (COSName name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDImageXObject x) {
					image = x.getImage();
				}
			}
			String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			float[] size = drawn.get(0);
			return new Poster(page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), size[0] / 72f * 2.54f,
					size[1] / 72f * 2.54f, qr, text);
		}
	}
}
