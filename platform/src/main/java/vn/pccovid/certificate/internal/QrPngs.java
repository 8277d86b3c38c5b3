package vn.pccovid.certificate.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR images as the DCC specifies them: error correction Q, and alphanumeric mode (ZXing picks it by itself because
 * Base45 uses exactly the QR alphanumeric alphabet — which is why Base45 was chosen).
 */
final class QrPngs {

	private QrPngs() {
	}

	static BufferedImage image(String content, int size) {
		try {
			return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4)));
		}
		catch (WriterException e) {
			throw new IllegalStateException("content too long for a QR code", e);
		}
	}

	static byte[] png(String content, int size) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image(content, size), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
